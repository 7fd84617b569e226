namespace CdsMigrate.Core.Rewriting;

/// <summary>Turns offsets into 1-based line and column numbers (columns count UTF-16 code units, as reports do).</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Locate(int offset)
    {
        int index = _starts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _starts[index] + 1);
    }
}
