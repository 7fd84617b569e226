using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>GFM has strikethrough, tables, footnotes and alerts; a heading's targeted id becomes an anchor in its text.</summary>
internal sealed class GfmDegradation : FlavorDegradation
{
    public static readonly GfmDegradation Instance = new();

    private GfmDegradation()
    {
    }

    protected override MdBlock? ReplaceBlock(MdBlock block, DegradationReport report) => AnchorInHeadingText(block);
}
