namespace SitRep.Text.Bidi;

/// <summary>The bidi class of a code point, from the table generate-bidi-table.py writes.</summary>
public static partial class BidiClassTable
{
    private static readonly BidiClass[] Latin1 = BuildLatin1();

    public static BidiClass Of(int codePoint)
    {
        if ((uint)codePoint < 0x100)
            return Latin1[codePoint];
        var starts = Starts;
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if ((int)(starts[middle] >> 8) <= codePoint)
                low = middle;
            else
                high = middle - 1;
        }

        return (BidiClass)(starts[low] & 0xFF);
    }

    private static BidiClass[] BuildLatin1()
    {
        var table = new BidiClass[0x100];
        var starts = Starts;
        for (var i = 0; i < starts.Length && (starts[i] >> 8) < 0x100; i++)
        {
            var end = i + 1 < starts.Length ? Math.Min(0x100, (int)(starts[i + 1] >> 8)) : 0x100;
            for (var c = (int)(starts[i] >> 8); c < end; c++)
                table[c] = (BidiClass)(starts[i] & 0xFF);
        }

        return table;
    }
}
