using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>
/// Hugo (goldmark) has strikethrough, tables, footnotes and heading ids (<c>{#id}</c>, written by the writer for
/// every heading that has one); alerts it shows as text without a render hook.
/// </summary>
internal sealed class HugoDegradation : FlavorDegradation
{
    public static readonly HugoDegradation Instance = new();

    private HugoDegradation()
    {
    }
}
