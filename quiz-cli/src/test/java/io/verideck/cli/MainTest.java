package io.verideck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The subcommand table that lets a command line load only the command it runs. */
class MainTest {
    @Test
    void everyNameMatchesItsCommandAnnotation() throws ClassNotFoundException {
        for (String[] c : Main.COMMANDS) {
            CommandLine.Command cmd = Class.forName(c[1]).getAnnotation(CommandLine.Command.class);
            assertEquals(c[0], cmd.name(), c[1]);
        }
    }

    @Test
    void theCommandWordSkipsGlobalOptions() {
        assertEquals("search", Main.commandWord(new String[] {"--decks", "d", "--debug", "search", "x"}));
        assertEquals("show", Main.commandWord(new String[] {"--decks=d", "show"}));
        assertNull(Main.commandWord(new String[] {"--help"}));
        assertNull(Main.commandWord(new String[] {}));
    }

    @Test
    void onlyTheRequestedCommandIsModelled() {
        CommandLine cl = Main.commandLine(new Main(), new String[] {"search", "x"});
        assertEquals(java.util.Set.of("search"), cl.getSubcommands().keySet());
        assertEquals(Main.COMMANDS.length, Main.commandLine(new Main(), new String[] {"--help"}).getSubcommands().size());
        assertEquals(Main.COMMANDS.length, Main.commandLine(new Main(), new String[] {"serch"}).getSubcommands().size());
    }
}
