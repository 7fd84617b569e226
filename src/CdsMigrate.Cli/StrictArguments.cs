using System.CommandLine;
using System.CommandLine.Parsing;

namespace CdsMigrate.Cli;

/// <summary>
/// Finds arguments that look like options but are none: <c>--dryrun</c> was read as an input path and the run
/// wrote files (issue 13). An input argument starting with <c>-</c> (other than <c>-</c>, standard input) is a usage
/// error with a "did you mean" suggestion, found before any input is read. A file whose name starts with
/// <c>-</c> is named <c>./-name</c>.
/// </summary>
internal static class StrictArguments
{
    public static IReadOnlyList<string> Problems(ParseResult parse)
    {
        var problems = new List<string>();
        var command = parse.CommandResult.Command;
        var candidates = OptionNames(parse.CommandResult).ToList();
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    problems.Add(Unknown(token.Value, candidates, command.Name));
                }
            }
        }

        foreach (var token in parse.UnmatchedTokens.Where(t => t.Length > 1 && t[0] == '-'))
        {
            problems.Add(Unknown(token, candidates, command.Name));
        }

        return problems;
    }

    private static string Unknown(string token, IReadOnlyList<string> candidates, string command)
    {
        string name = token.Split('=', 2)[0];
        string? suggestion = DidYouMean.Closest(name, candidates);
        return $"unknown option '{name}' for '{command}'" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)") +
            (name.StartsWith("--", StringComparison.Ordinal) ? "" : "; a file whose name starts with '-' is written ./" + name);
    }

    /// <summary>The options the command accepts, its own and those its parents pass down (--help).</summary>
    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            foreach (var option in c.Command.Options.Where(o => !o.Hidden && (ReferenceEquals(c, result) || o.Recursive)))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }
}
