using System.CommandLine;
using CdsMigrate.Core.Rules;

namespace CdsMigrate.Cli;

/// <summary><c>cdsmigrate rules</c>: every conversion rule, what it matches, what it makes and what it may report.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table (the one in docs/rules.md)." };
        var command = new Command("rules", "List the conversion rules in the order they are tried, with the diagnostics each may report.")
        {
            markdown,
            CommonOptions.ConfigOption(),
        };
        command.SetAction(parse =>
        {
            stdout.Write(parse.GetValue(markdown) ? RuleCatalog.Markdown(RuleSet.Default) : RuleCatalog.Text(RuleSet.Default));
            return ExitCodes.Success;
        });
        return command;
    }
}
