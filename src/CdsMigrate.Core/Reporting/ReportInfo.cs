using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Core.Reporting;

/// <summary>What every report says about the run itself: the tool, the command and the options in force.</summary>
internal sealed record ReportInfo(string ToolVersion, string Command, ConversionOptions Options, string FailOn)
{
    public const string ToolName = "cdsmigrate";

    public string Flavor => Options.Flavor switch { MarkdownFlavor.CommonMark => "commonmark", MarkdownFlavor.Hugo => "hugo", _ => "gfm" };

    public string Unknown => Options.Unknown switch { UnknownBlockPolicy.Drop => "drop", UnknownBlockPolicy.Fail => "fail", _ => "keep" };
}
