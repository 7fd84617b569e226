using System.CommandLine;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Inventory;

namespace CdsMigrate.Cli;

/// <summary><c>cdsmigrate inventory</c>: a census of an export before migrating it.</summary>
internal static class InventoryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliHooks? hooks = null)
    {
        var inputs = new Argument<string[]>("input") { Description = "Post files, WXR exports (.xml), REST API JSON (.json) or folders of them (read recursively).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the inventory as JSON (with every document) instead of a table." };
        var exclude = CommonOptions.ExcludeOption();
        var command = new Command("inventory", """
            Count every block, HTML tag and shortcode in an export, the documents they appear in, and which
            rule handles each ("unhandled": the --unknown policy decides). Nothing is written.

            Examples:
              cdsmigrate inventory export/posts
              cdsmigrate inventory export --json > inventory.json
            """)
        {
            inputs,
            json,
            exclude,
            CommonOptions.ConfigOption(),
        };
        command.SetAction(parse =>
        {
            var files = InputDiscovery.Expand(parse.GetValue(inputs) ?? [], CommonOptions.ExcludePatterns(parse.GetValue(exclude)), null, out var missing);
            if (missing.Count > 0)
            {
                throw new UsageException($"no such file or folder: {string.Join(", ", missing)}");
            }

            var inventory = InventoryScanner.Scan(files, hooks?.Rules);
            if (parse.GetValue(json))
            {
                stdout.Write(InventoryJsonWriter.Write(inventory, CliApp.Version));
            }
            else
            {
                InventoryTable.Print(inventory, stdout);
            }

            foreach (var failed in inventory.FailedInputs)
            {
                stderr.WriteLine($"cdsmigrate: {failed}: could not be read (run 'cdsmigrate check' for the reason)");
            }

            return inventory.FailedInputs.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        });
        return command;
    }
}
