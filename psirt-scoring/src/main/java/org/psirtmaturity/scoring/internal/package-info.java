/**
 * Helpers shared by the scoring packages: message bundles, problem paths, JSON-like value copies.
 * Not exported; not part of the API.
 */
package org.psirtmaturity.scoring.internal;
