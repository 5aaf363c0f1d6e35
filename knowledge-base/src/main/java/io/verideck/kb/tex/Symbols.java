package io.verideck.kb.tex;

import java.util.HashMap;
import java.util.Map;

/** TeX command names and the Unicode a terminal shows for them; super- and subscript alphabets. */
final class Symbols {
    static final Map<String, String> COMMANDS = new HashMap<>();
    static final Map<Character, Character> SUPER = new HashMap<>();
    static final Map<Character, Character> SUB = new HashMap<>();
    static final Map<Character, String> BLACKBOARD = new HashMap<>();
    static final Map<Character, String> CALLIGRAPHIC = new HashMap<>();

    static {
        String[] greek = {
            "alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε", "zeta", "ζ",
            "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν",
            "xi", "ξ", "pi", "π", "rho", "ρ", "sigma", "σ", "tau", "τ", "upsilon", "υ", "phi", "ϕ", "varphi", "φ",
            "chi", "χ", "psi", "ψ", "omega", "ω", "Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ",
            "Pi", "Π", "Sigma", "Σ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω", "ell", "ℓ",
        };
        for (int i = 0; i < greek.length; i += 2) COMMANDS.put(greek[i], greek[i + 1]);
        String[] ops = {
            "sum", "Σ", "prod", "Π", "int", "∫", "oint", "∮", "infty", "∞", "nabla", "∇", "partial", "∂",
            "le", "≤", "leq", "≤", "ge", "≥", "geq", "≥", "neq", "≠", "ne", "≠", "approx", "≈", "sim", "∼",
            "simeq", "≃", "equiv", "≡", "propto", "∝", "cdot", "·", "times", "×", "div", "÷", "pm", "±", "mp", "∓",
            "odot", "⊙", "otimes", "⊗", "oplus", "⊕", "circ", "∘", "ast", "∗", "star", "⋆", "in", "∈", "notin", "∉",
            "subset", "⊂", "subseteq", "⊆", "cup", "∪", "cap", "∩", "emptyset", "∅", "forall", "∀", "exists", "∃",
            "neg", "¬", "lnot", "¬", "land", "∧", "lor", "∨", "wedge", "∧", "vee", "∨",
            "to", "→", "rightarrow", "→", "leftarrow", "←", "Rightarrow", "⇒", "Leftarrow", "⇐", "iff", "⇔",
            "Leftrightarrow", "⇔", "implies", "⇒", "mapsto", "↦", "gets", "←", "uparrow", "↑", "downarrow", "↓",
            "leftrightarrow", "↔", "xrightarrow", "→", "longrightarrow", "⟶",
            "ldots", "…", "cdots", "⋯", "dots", "…", "vdots", "⋮", "ddots", "⋱", "top", "ᵀ", "intercal", "ᵀ",
            "perp", "⊥", "parallel", "∥", "mid", "|", "|", "‖", "Vert", "‖", "vert", "|", "langle", "⟨", "rangle", "⟩",
            "lceil", "⌈", "rceil", "⌉", "lfloor", "⌊", "rfloor", "⌋", "ll", "≪", "gg", "≫", "prime", "′",
            "lbrace", "{", "rbrace", "}", "{", "{", "}", "}", "%", "%", "$", "$", "&", "&", "#", "#", "_", "_",
            "quad", "  ", "qquad", "    ", ",", " ", ";", " ", ":", " ", "!", "", " ", " ", "\\", "\n",
            "log", "log", "ln", "ln", "exp", "exp", "sin", "sin", "cos", "cos", "tan", "tan", "tanh", "tanh",
            "max", "max", "min", "min", "arg", "arg", "det", "det", "lim", "lim", "sup", "sup", "inf", "inf",
            "Pr", "Pr", "dim", "dim", "ker", "ker", "sgn", "sgn", "deg", "deg", "limsup", "lim sup",
            "argmax", "argmax", "argmin", "argmin", "square", "□", "checkmark", "✓", "dagger", "†", "aleph", "ℵ",
            "hbar", "ℏ", "Re", "ℜ", "Im", "ℑ", "bullet", "•", "triangleq", "≜", "coloneqq", "≔", "setminus", "∖",
            "backslash", "\\", "cong", "≅", "angle", "∠", "degree", "°", "leqslant", "≤", "geqslant", "≥",
            "cosh", "cosh", "sinh", "sinh", "sec", "sec", "cot", "cot", "arctan", "arctan", "bmod", "mod", "gcd", "gcd",
            "Longleftrightarrow", "⟺", "Longrightarrow", "⟹", "Longleftarrow", "⟸", "longleftarrow", "⟵",
            "lesssim", "≲", "gtrsim", "≳", "lVert", "‖", "rVert", "‖", "lvert", "|", "rvert", "|", "nmid", "∤",
            "supset", "⊃", "supseteq", "⊇", "setminus", "∖", "sqcup", "⊔", "bigcup", "⋃", "bigcap", "⋂",
            "hookrightarrow", "↪", "rightleftharpoons", "⇌", "models", "⊨", "vdash", "⊢", "top", "ᵀ", "bot", "⊥",
        };
        for (int i = 0; i < ops.length; i += 2) COMMANDS.put(ops[i], ops[i + 1]);

        map(SUPER, "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWβγδθιφχ",
                "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵝᵞᵟᶿᶥᵠᵡ");
        map(SUB, "0123456789+-=()aehijklmnoprstuvxβγρφχ", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ");
        SUPER.put('ᵀ', 'ᵀ');
        SUPER.put('′', '′');
        SUPER.put('*', '*');
        SUPER.put('∗', '*');
        SUPER.put(' ', ' ');
        SUB.put(' ', ' ');
        SUB.put(',', ',');
        String bb = "RNZQCE1P";
        String[] bbOut = {"ℝ", "ℕ", "ℤ", "ℚ", "ℂ", "𝔼", "𝟙", "ℙ"};
        for (int i = 0; i < bb.length(); i++) BLACKBOARD.put(bb.charAt(i), bbOut[i]);
        String cal = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String[] calOut = {"𝒜", "ℬ", "𝒞", "𝒟", "ℰ", "ℱ", "𝒢", "ℋ", "ℐ", "𝒥", "𝒦", "ℒ", "ℳ", "𝒩", "𝒪", "𝒫", "𝒬", "ℛ", "𝒮",
            "𝒯", "𝒰", "𝒱", "𝒲", "𝒳", "𝒴", "𝒵"};
        for (int i = 0; i < cal.length(); i++) CALLIGRAPHIC.put(cal.charAt(i), calOut[i]);
    }

    private static void map(Map<Character, Character> m, String from, String to) {
        int[] t = to.codePoints().toArray();
        for (int i = 0; i < from.length(); i++) m.put(from.charAt(i), (char) t[i]);
    }

    private Symbols() {
    }
}
