/**
 * Writes a rubric as a CISO Assistant framework library: {@link
 * org.psirtmaturity.cisoassistant.CisoAssistantLibrary} is the entry point, and its class
 * documentation says what maps to what.
 *
 * <p>All functions are static, pure apart from writing to the caller's stream, and thread-safe.
 */
package org.psirtmaturity.cisoassistant;
