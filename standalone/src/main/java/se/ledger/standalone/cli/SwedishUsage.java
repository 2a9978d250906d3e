package se.ledger.standalone.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli in Swedish: the help's headings, a {@code -h/--help} on every command, and usage errors a clerk
 * can read, each followed by the command's synopsis; exit code 1, as before picocli.
 */
public final class SwedishUsage implements IParameterExceptionHandler {

    private static final int USAGE_ERROR = 1;
    /** picocli wraps inside a word at '.' or ':': wide enough for --ledger.data-dir and an example time. */
    private static final int USAGE_WIDTH = 120;

    private SwedishUsage() {
    }

    /** On the command and all its subcommands: call it once they are all added. */
    public static CommandLine apply(CommandLine line) {
        headingsAndHelp(line);
        return line.setParameterExceptionHandler(new SwedishUsage()).setUsageHelpWidth(USAGE_WIDTH);
    }

    private static void headingsAndHelp(CommandLine line) {
        line.getCommandSpec().usageMessage().synopsisHeading("Användning: ").descriptionHeading("%n")
                .parameterListHeading("%nArgument:%n").optionListHeading("%nFlaggor:%n")
                .commandListHeading("%nKommandon:%n");
        line.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Visar den här hjälpen.").build());
        line.getSubcommands().values().forEach(SwedishUsage::headingsAndHelp);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        Help help = line.getHelp();
        err.println(message(e));
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("Mer hjälp: " + line.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return USAGE_ERROR;
    }

    static String message(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage(); // the converters speak Swedish
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing.getMissing());
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            boolean commands = !e.getCommandLine().getSubcommands().isEmpty();
            return (commands ? "Okänt kommando: '" : "Okänt argument: '")
                    + String.join("', '", unmatched.getUnmatched()) + "'.";
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return "Ange bara ett av " + e.getCommandLine().getCommandSpec().argGroups().stream()
                    .filter(ArgGroupSpec::exclusive).map(ArgGroupSpec::synopsis).collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "Ange " + name(overwritten.getOverwritten()) + " bara en gång.";
        }
        if (e instanceof MaxValuesExceededException) {
            return "Ett argument för mycket, eller samma argument två gånger.";
        }
        return e.getMessage(); // a command's own check, in Swedish already
    }

    private static String missing(List<ArgSpec> missing) {
        List<String> sentences = new ArrayList<>();
        for (ArgSpec arg : missing) {
            if (arg.group() != null) {
                ArgGroupSpec group = arg.group();
                while (group.parentGroup() != null) {
                    group = group.parentGroup();
                }
                sentences.add("Ange " + group.synopsis() + ".");
            } else if (arg.isPositional() && arg.description().length > 0) {
                // "Filen som ska importeras." → "Ange filen som ska importeras."
                String what = arg.description()[0];
                sentences.add("Ange " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1));
            } else {
                sentences.add("Ange " + name(arg) + " " + arg.paramLabel() + ".");
            }
        }
        return sentences.stream().distinct().collect(Collectors.joining(" "));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
