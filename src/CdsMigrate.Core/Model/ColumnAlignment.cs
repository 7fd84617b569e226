namespace CdsMigrate.Core.Model;

/// <summary>How a table column's cells are aligned (the delimiter row of a pipe table: <c>:---</c>, <c>:---:</c>, <c>---:</c>).</summary>
public enum ColumnAlignment
{
    /// <summary>No alignment given: the renderer's default (<c>---</c>).</summary>
    None,

    /// <summary>Left-aligned (<c>:---</c>).</summary>
    Left,

    /// <summary>Centred (<c>:---:</c>).</summary>
    Center,

    /// <summary>Right-aligned (<c>---:</c>).</summary>
    Right,
}
