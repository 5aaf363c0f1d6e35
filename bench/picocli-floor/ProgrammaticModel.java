// Benchmark program (bench/picocli-floor.sh): the same options built with picocli's programmatic CommandSpec API (no annotation reflection).
import picocli.CommandLine;
import picocli.CommandLine.Model.*;
import java.util.List;
public class ProgrammaticModel {
    public static void main(String[] a) {
        CommandSpec root = CommandSpec.create().name("root").mixinStandardHelpOptions(true);
        root.addOption(OptionSpec.builder("--debug").type(boolean.class).scopeType(CommandLine.ScopeType.INHERIT).build());
        root.addOption(OptionSpec.builder("--decks").type(java.nio.file.Path.class).scopeType(CommandLine.ScopeType.INHERIT).build());
        CommandSpec search = CommandSpec.create().name("search").mixinStandardHelpOptions(true);
        search.addPositional(PositionalParamSpec.builder().arity("1..*").type(List.class).auxiliaryTypes(String.class).build());
        search.addOption(OptionSpec.builder("-n", "--limit").type(int.class).defaultValue("10").build());
        search.addOption(OptionSpec.builder("--cards-only").type(boolean.class).build());
        search.addOption(OptionSpec.builder("--json").type(boolean.class).build());
        root.addSubcommand("search", search);
        CommandLine cl = new CommandLine(root);
        CommandLine.ParseResult pr = cl.parseArgs(a);
        CommandLine.ParseResult sub = pr.subcommand();
        System.out.println(sub.matchedPositional(0).getValue() + " " + sub.matchedOptionValue("--limit", 10));
        System.exit(0);
    }
}
