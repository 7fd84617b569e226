using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules;

/// <summary>
/// Converts one kind of block. Rules are stateless, do no I/O and never write Markdown text: they
/// return model blocks, and convert nested content through the context (so nested blocks get rules too).
/// </summary>
public interface IBlockRule
{
    /// <summary>The name shown in reports and by <c>cdsmigrate rules</c>, e.g. <c>core/quote</c>.</summary>
    string Name { get; }

    /// <summary>What the rule matches, for people: "h1–h6".</summary>
    string Matches { get; }

    /// <summary>What it produces, for people: "ATX heading".</summary>
    string Produces { get; }

    /// <summary>The diagnostic codes the rule may emit (shown by <c>cdsmigrate rules</c>).</summary>
    IReadOnlyList<Reporting.DiagnosticCode> Diagnostics => [];

    /// <summary>True when this rule converts <paramref name="element"/>.</summary>
    bool IsMatch(IElement element, ConversionContext context);

    IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context);
}
