/**
 * The {@code psirt} command line: {@link org.psirtmaturity.cli.PsirtCli} and its subcommands.
 */
package org.psirtmaturity.cli;
