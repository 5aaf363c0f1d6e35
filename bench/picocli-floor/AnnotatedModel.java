// Benchmark program (bench/picocli-floor.sh): the root and search options of verideck, modelled by picocli from annotations.
import picocli.CommandLine;
import picocli.CommandLine.*;
import java.util.List;
@Command(name = "root", mixinStandardHelpOptions = true, description = "root")
public class AnnotatedModel implements Runnable {
    @Option(names = "--debug", scope = ScopeType.INHERIT) boolean debug;
    @Option(names = "--decks", scope = ScopeType.INHERIT) java.nio.file.Path decks;
    public void run() {}
    @Command(name = "search", mixinStandardHelpOptions = true, description = "search")
    static class Search implements java.util.concurrent.Callable<Integer> {
        @Spec Model.CommandSpec spec;
        @ParentCommand AnnotatedModel main;
        @Parameters(arity = "1..*") List<String> words;
        @Option(names = {"-n", "--limit"}, defaultValue = "10") int limit;
        @Option(names = "--cards-only") boolean cardsOnly;
        @Option(names = "--json") boolean json;
        public Integer call() { System.out.println(words + " " + limit); return 0; }
    }
    public static void main(String[] a) {
        CommandLine cl = new CommandLine(new AnnotatedModel());
        cl.addSubcommand("search", new Search());
        System.exit(cl.execute(a));
    }
}
