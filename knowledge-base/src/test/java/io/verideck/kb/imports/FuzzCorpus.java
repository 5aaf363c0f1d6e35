package io.verideck.kb.imports;

import java.util.List;

/** Small seed inputs, one or more per format, shared by the seeded mutation test and the Jazzer target. */
public final class FuzzCorpus {
    private FuzzCorpus() {
    }

    public static final List<String> SEEDS = List.of(
            "# T\n\n## What is $x_i$?\n\nAn *entry* of $$\\mathbf{x}$$.\n\n```\n# not a heading\n```\n",
            "Q: a?\nA: b\n\nQ: c?\nA: d <b>e</b>\n",
            "<html><body><details><summary>Q?</summary><p>A <span class=katex><annotation encoding=\"application/x-tex\">x^2</annotation></span></p></details><dl><dt>t</dt><dd>d</dd></dl></body></html>",
            "Title\n\nTable of Contents\n\nOne\n\n\nTwo\n\nOne\n\nWhat is kk?\n\n(tap to reveal)\n\nkk is 1010 and θ\\theta.\n\n  • bullet\n\ndef f(x):\n    return x\n\nTwo\n\nWhy?\n\n(tap to reveal)\n\n$\\frac{a}{b}\\$\nReferences and Resources\n",
            "1\nQ\n\nq one?\n\nA\n\na one\n\nHow well did you know this?\n1\nNot at all\n2\n3\n4\n5\nPerfectly\n2\nq two\na two\n",
            "Explain X.\n\nIt is\n\nbroken here.\n\nDefine Y?\n\n(explain Y here)\n",
            "DM873\n\nDeep Learning\n\nLecture 1 - Intro\n\nAgenda\n\n- **A**\n- B\n\nSlide One\n\n- x\n- y\n\nAgenda\n\n- A\n- **B**\n\nTable\n\na\tb\n1\t2\n\nLecture 2 \u2013 Next\n\nHello World\n\n- z\n- w\n",
            "#separator:tab\n#html:true\n#tags column:3\n#guid column:4\nfront\tback \\(x\\)\ttag1 tag2\tGUID\n\"multi\nline\"\tb\t\t\n",
            "term\tdefinition\nterm2\t\"quoted\ttab\"\n",
            "\"a\",\"b, c\"\n\"d\",\"e\"\"f\"\n");
}
