using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Bench;

internal sealed record BenchSettings(int Rounds, MarkdownFlavor Flavor, string? Corpus, string? Only)
{
    public static BenchSettings Parse(string[] args)
    {
        int rounds = 10;
        var flavor = MarkdownFlavor.Gfm;
        string? corpus = null;
        string? only = null;
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(value); break;
                case "--flavor": flavor = Enum.Parse<MarkdownFlavor>(value, ignoreCase: true); break;
                case "--corpus": corpus = value; break;
                case "--only" when value is "convert" or "convert-no-verify": only = value; break;
                default: throw new ArgumentException($"unknown option {args[i]} {value}");
            }

            i++;
        }

        return new BenchSettings(rounds, flavor, corpus, only);
    }
}
