package se.ledger.standalone.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.UnmatchedArgsBinding;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of a command that runs the ledger without its HTTP port on its data directory, the server
 * itself stopped (a picocli mixin): {@code --ledger.data-dir}, and every other {@code --name=value}, which
 * is Spring's, as for the server.
 */
public final class OfflineLedger {

    /** Defaults only: a {@code --logging.level…} flag still wins. Spring's deprecation notices help no clerk. */
    private static final Map<String, Object> QUIET = Map.of("logging.level.root", "WARN",
            "logging.level.org.springframework.core.annotation", "ERROR");

    @Option(names = "--ledger.data-dir", paramLabel = "KATALOG",
            description = "Liggarens datakatalog, som för servern (standard ./ledger-data).")
    private String dataDir;

    private final List<String> spring = new ArrayList<>();
    private CommandSpec command;

    /** picocli takes no {@code @Unmatched} from a mixin: the command's unmatched words are bound here instead. */
    @Spec(Spec.Target.MIXEE)
    void bindUnmatched(CommandSpec mixee) {
        this.command = mixee;
        mixee.addUnmatchedArgsBinding(UnmatchedArgsBinding.forStringCollectionSupplier(new Unmatched()));
    }

    /** Refuses a stray word before anything is read or started: only {@code --name=value} is Spring's. */
    public void check() {
        spring.stream().filter(arg -> !arg.startsWith("--")).findFirst().ifPresent(arg -> {
            throw new ParameterException(command.commandLine(), "Okänt argument: '" + arg + "'.");
        });
    }

    /**
     * After the user's, so they outrank application.yml and the user: no HTTP port (-1: the web context is
     * built, as the controllers need one, but nothing listens; a running ledger may hold 8080), and no
     * sample import (a restore needs an empty ledger, an import only the file asked for).
     */
    public List<String> springArguments() {
        check();
        List<String> args = new ArrayList<>(spring.stream()
                .filter(arg -> !arg.startsWith("--server.port=") && !arg.startsWith("--ledger.import-sample="))
                .toList());
        if (dataDir != null) {
            args.add("--ledger.data-dir=" + dataDir);
        }
        args.add("--server.port=-1");
        args.add("--ledger.import-sample=false");
        return args;
    }

    public ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(QUIET).run(springArguments().toArray(String[]::new));
    }

    /** picocli adds the unmatched words to {@link #get()}'s list, and clears it through set before parsing. */
    private final class Unmatched implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) spring;
        }

        @Override
        public <T> T set(T value) {
            spring.clear();
            return null;
        }
    }
}
