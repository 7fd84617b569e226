using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CdsMigrate.Core.Parsing;

/// <summary>Parses a WordPress HTML body with AngleSharp, keeping source positions and the parser's error list.</summary>
public static class HtmlBodyParser
{
    // One browsing context for all parses: creating one per document costs more than parsing a post.
    private static readonly IBrowsingContext SharedContext = BrowsingContext.New(Configuration.Default);

    /// <summary>A parse error at a 1-based line and column of the HTML text.</summary>
    public readonly record struct ParseError(int Line, int Column, string Message);

    public sealed record Result(IElement Body, IReadOnlyList<ParseError> Errors);

    public static Result Parse(string html)
    {
        var errors = new List<ParseError>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }, SharedContext);
        parser.Error += (_, e) =>
        {
            // A body has no doctype by nature: that "error" says nothing about the content.
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error && errors.Count < 100 && !error.Message.Contains("doctype", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new ParseError(error.Position.Line, error.Position.Column, error.Message));
            }
        };
        IHtmlDocument document = parser.ParseDocument(html);
        return new Result(document.Body!, errors);
    }

    /// <summary>Parses HTML without positions or errors (rendered output being verified).</summary>
    public static IElement ParseQuiet(string html) => new HtmlParser(new HtmlParserOptions(), SharedContext).ParseDocument(html).Body!;
}
