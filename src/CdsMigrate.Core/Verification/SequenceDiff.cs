namespace CdsMigrate.Core.Verification;

/// <summary>
/// Finds where two sequences differ, resynchronising after each difference so that one lost word is
/// reported once and the rest of the document still compares. Greedy and bounded (a look-ahead window),
/// not a full minimal diff: documents are long, and differences are rare and local.
/// </summary>
internal static class SequenceDiff
{
    /// <summary>How far ahead a resynchronisation is sought, in items.</summary>
    private const int LookAhead = 40;

    /// <summary>How many items must agree for the sequences to count as back in step.</summary>
    private const int Anchor = 3;

    /// <summary>One difference: <see cref="Missing"/> source items from <see cref="Expected"/> were replaced by <see cref="Extra"/> output items from <see cref="Actual"/>.</summary>
    internal readonly record struct Difference(int Expected, int Missing, int Actual, int Extra);

    public static List<Difference> Compare(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int max)
    {
        var differences = new List<Difference>();
        int i = 0, j = 0;
        while (differences.Count < max)
        {
            while (i < expected.Count && j < actual.Count && expected[i] == actual[j])
            {
                i++;
                j++;
            }

            if (i == expected.Count && j == actual.Count)
            {
                break;
            }

            if (i == expected.Count || j == actual.Count)
            {
                differences.Add(new Difference(i, expected.Count - i, j, actual.Count - j));
                break;
            }

            if (!Resync(expected, actual, i, j, out int di, out int dj))
            {
                differences.Add(new Difference(i, expected.Count - i, j, actual.Count - j));
                break;
            }

            differences.Add(new Difference(i, di, j, dj));
            i += di;
            j += dj;
        }

        return differences;
    }

    /// <summary>The smallest skip (di source items, dj output items) after which both agree again.</summary>
    private static bool Resync(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int i, int j, out int di, out int dj)
    {
        for (int k = 1; k <= LookAhead; k++)
        {
            for (int a = 0; a <= k; a++)
            {
                int b = k - a;
                if (InStep(expected, actual, i + a, j + b))
                {
                    di = a;
                    dj = b;
                    return true;
                }
            }
        }

        di = dj = 0;
        return false;
    }

    private static bool InStep(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int p, int q)
    {
        if (p > expected.Count || q > actual.Count)
        {
            return false;
        }

        int n = Math.Min(Anchor, Math.Min(expected.Count - p, actual.Count - q));
        if (n == 0)
        {
            // Both at their end, or one at its end: only the first is agreement.
            return p == expected.Count && q == actual.Count;
        }

        for (int w = 0; w < n; w++)
        {
            if (expected[p + w] != actual[q + w])
            {
                return false;
            }
        }

        // Agreeing on fewer than the anchor only counts when both then end together.
        return n == Anchor || (p + n == expected.Count && q + n == actual.Count);
    }
}
