namespace SitRep.Text.Bidi;

/// <summary>
/// Rule N0 of UAX #9: a pair of brackets takes the direction of the text inside it, or of the text
/// before it, so "Kidal (كيدال) 2023" keeps both brackets with the English. Pairs are found as BD16
/// says (a stack of 63 openers; a closer matches the nearest opener of its kind).
/// </summary>
internal static class BracketPairs
{
    private const int MaxDepth = 63;

    // Bidi_Paired_Bracket pairs of Unicode's BidiBrackets.txt: each opener followed by its closer.
    private static readonly Dictionary<int, int> Closers = BuildClosers();

    private static readonly HashSet<int> ClosersSet = [.. Closers.Values];

    /// <param name="types">Types after the weak rules, indexed like <paramref name="positions"/>.</param>
    /// <param name="positions">For each entry of <paramref name="types"/>, its offset in <paramref name="text"/>.</param>
    /// <param name="original">The bidi class of each code unit of <paramref name="text"/> before any rule.</param>
    public static void Resolve(string text, int[] positions, BidiClass[] types, BidiClass[] original, BidiClass embedding)
    {
        foreach (var (open, close) in Find(text, positions, types))
        {
            var inside = BidiClass.ON;
            for (var k = open + 1; k < close && inside != embedding; k++)
            {
                if (Strong(types[k]) is { } direction)
                    inside = direction;
            }

            if (inside == BidiClass.ON)
                continue;
            var resolved = embedding;
            if (inside != embedding)
            {
                var before = embedding;
                for (var k = open - 1; k >= 0; k--)
                {
                    if (Strong(types[k]) is { } direction)
                    {
                        before = direction;
                        break;
                    }
                }

                resolved = before == inside ? inside : embedding;
            }

            Set(types, positions, original, open, resolved);
            Set(types, positions, original, close, resolved);
        }
    }

    private static void Set(BidiClass[] types, int[] positions, BidiClass[] original, int at, BidiClass direction)
    {
        types[at] = direction;
        // Marks on a bracket follow it (W1 had made them ON like the bracket).
        for (var k = at + 1; k < types.Length && original[positions[k]] == BidiClass.NSM; k++)
            types[k] = direction;
    }

    private static BidiClass? Strong(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => null,
    };

    private static List<(int Open, int Close)> Find(string text, int[] positions, BidiClass[] types)
    {
        var pairs = new List<(int, int)>();
        var openers = new List<(int Closer, int At)>();
        for (var k = 0; k < types.Length; k++)
        {
            if (types[k] != BidiClass.ON)
                continue;
            int c = Canonical(text[positions[k]]);
            if (Closers.TryGetValue(c, out var closer))
            {
                if (openers.Count == MaxDepth)
                    break;
                openers.Add((closer, k));
            }
            else if (ClosersSet.Contains(c))
            {
                for (var s = openers.Count - 1; s >= 0; s--)
                {
                    if (openers[s].Closer != c)
                        continue;
                    pairs.Add((openers[s].At, k));
                    openers.RemoveRange(s, openers.Count - s);
                    break;
                }
            }
        }

        pairs.Sort();
        return pairs;
    }

    /// <summary>U+2329 and U+232A are canonically the same brackets as U+3008 and U+3009.</summary>
    private static int Canonical(int c) => c switch { 0x2329 => 0x3008, 0x232A => 0x3009, _ => c };

    private static Dictionary<int, int> BuildClosers()
    {
        int[] pairs =
        [
            0x0028, 0x0029, 0x005B, 0x005D, 0x007B, 0x007D, 0x0F3A, 0x0F3B, 0x0F3C, 0x0F3D, 0x169B, 0x169C,
            0x2045, 0x2046, 0x207D, 0x207E, 0x208D, 0x208E, 0x2308, 0x2309, 0x230A, 0x230B,
            0x2768, 0x2769, 0x276A, 0x276B, 0x276C, 0x276D, 0x276E, 0x276F, 0x2770, 0x2771, 0x2772, 0x2773, 0x2774, 0x2775,
            0x27C5, 0x27C6, 0x27E6, 0x27E7, 0x27E8, 0x27E9, 0x27EA, 0x27EB, 0x27EC, 0x27ED, 0x27EE, 0x27EF,
            0x2983, 0x2984, 0x2985, 0x2986, 0x2987, 0x2988, 0x2989, 0x298A, 0x298B, 0x298C, 0x298D, 0x2990, 0x298F, 0x298E,
            0x2991, 0x2992, 0x2993, 0x2994, 0x2995, 0x2996, 0x2997, 0x2998, 0x29D8, 0x29D9, 0x29DA, 0x29DB, 0x29FC, 0x29FD,
            0x2E22, 0x2E23, 0x2E24, 0x2E25, 0x2E26, 0x2E27, 0x2E28, 0x2E29, 0x2E55, 0x2E56, 0x2E57, 0x2E58, 0x2E59, 0x2E5A, 0x2E5B, 0x2E5C,
            0x3008, 0x3009, 0x300A, 0x300B, 0x300C, 0x300D, 0x300E, 0x300F, 0x3010, 0x3011,
            0x3014, 0x3015, 0x3016, 0x3017, 0x3018, 0x3019, 0x301A, 0x301B,
            0xFE59, 0xFE5A, 0xFE5B, 0xFE5C, 0xFE5D, 0xFE5E, 0xFF08, 0xFF09, 0xFF3B, 0xFF3D, 0xFF5B, 0xFF5D, 0xFF5F, 0xFF60, 0xFF62, 0xFF63,
        ];
        var closers = new Dictionary<int, int>();
        for (var i = 0; i < pairs.Length; i += 2)
            closers[pairs[i]] = pairs[i + 1];
        return closers;
    }
}
