using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.Fallback;

/// <summary>
/// Takes every block no rule matched: keeps it as raw HTML, drops it or fails the document, per
/// <see cref="UnknownBlockPolicy"/>, and always says so with a diagnostic.
/// </summary>
internal sealed class FallbackRule : IBlockRule
{
    public string Name => "fallback";

    public string Matches => "any block no other rule matches";

    public string Produces => "raw HTML (--unknown keep), nothing (drop) or a failed document (fail); always a diagnostic";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.RawHtmlKept, DiagnosticCodes.BlockDropped, DiagnosticCodes.BlockFailed];

    public bool IsMatch(IElement element, ConversionContext context) => true;

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        string block = BlockNaming.NameOf(element);
        switch (context.Options.Unknown)
        {
            case UnknownBlockPolicy.Drop:
                ConversionContext.MarkDropped(element);
                context.Report(DiagnosticCodes.BlockDropped, element, $"<{element.LocalName}> has no Markdown form and was dropped (--unknown drop)", block);
                return [];
            case UnknownBlockPolicy.Fail:
                context.Report(DiagnosticCodes.BlockFailed, element, $"<{element.LocalName}> has no Markdown form (--unknown fail)", block);
                ConversionContext.MarkDropped(element);
                context.Failed = true;
                return [];
            default:
                context.Report(DiagnosticCodes.RawHtmlKept, element, $"<{element.LocalName}> has no Markdown form: kept as raw HTML", block);
                return [RawHtml.Of(element)];
        }
    }
}
