package org.psirtmaturity.cli;

import java.util.List;

import picocli.CommandLine.Model.CommandSpec;

/** Ends a command on invalid input: prints every problem, then fails with {@link ExitCodes#INVALID_INPUT}. */
final class Invalid {

    private Invalid() {
    }

    /**
     * Prints the problems, as JSON on standard output when asked (so that a tool reads them as it
     * would have read the result), else as lines on standard error, and fails.
     *
     * @throws CliException always, with {@link ExitCodes#INVALID_INPUT} and no further message
     */
    static void report(List<Problems.Of> inputs, boolean json, CommandSpec spec, Texts t) {
        if (json) {
            spec.commandLine().getOut().print(Problems.json(inputs));
            spec.commandLine().getOut().flush();
        } else {
            Problems.printText(spec.commandLine().getErr(), t, inputs);
        }
        throw new CliException(ExitCodes.INVALID_INPUT, null);
    }
}
