using System.Text;

using AngleSharp.Dom;

namespace CdsMigrate.Core.Verification;

// The working buffers a fingerprint borrows from its thread.
internal sealed partial class Fingerprint
{
    /// <summary>One thread's working buffers; a fingerprint borrows them for its walk (none left behind if it throws).</summary>
    private sealed class Buffers
    {
        // Past this, a buffer grown for one huge page is not kept for the thread's life.
        private const int MaxKeptChars = 64 * 1024;

        [ThreadStatic]
        private static Buffers? t_free;

        public StringBuilder Text { get; } = new();

        public StringBuilder Run { get; } = new();

        // A plain array: a StringBuilder's Append cost more than copying a five-letter word.
        public char[] Words { get; set; } = new char[1024];

        public int WordsLength { get; set; }

        public StringBuilder Scratch { get; } = new();

        public char[] ScratchChars { get; set; } = new char[256];

        public char[] Flush { get; set; } = new char[256];

        public static Buffers Borrow()
        {
            var buffers = t_free ?? new Buffers();
            t_free = null;
            return buffers;
        }

        public void GiveBack()
        {
            if (Text.Capacity > MaxKeptChars || Run.Capacity > MaxKeptChars || Flush.Length > MaxKeptChars || Words.Length > 4 * MaxKeptChars
                || Scratch.Capacity > MaxKeptChars || ScratchChars.Length > MaxKeptChars)
            {
                return;
            }

            Text.Clear();
            Run.Clear();
            WordsLength = 0;
            t_free = this;
        }
    }

    /// <summary>
    /// The lists a fingerprint keeps after its walk: its items by aspect and its words' owners. The thread keeps two
    /// sets (the verifier holds both pages' fingerprints at once) for the next page, once released.
    /// </summary>
    private sealed class ItemLists
    {
        // Past this many items, lists grown for one huge page are not kept for the thread's life.
        private const int MaxKeptItems = 16 * 1024;

        // Enum.GetValues makes an array on every call: counted once.
        private static readonly int AspectCount = Enum.GetValues<FingerprintAspect>().Length;

        [ThreadStatic]
        private static ItemLists? t_free;

        [ThreadStatic]
        private static ItemLists? t_freeToo;

        /// <summary>What a released fingerprint has: nothing, and never added to (the walk is over by then).</summary>
        public static readonly ItemLists Released = new();

        public List<FingerprintItem>[] ByAspect { get; } = NewByAspect();

        public List<(int Start, IElement? Owner)> WordOwners { get; } = [];

        private static List<FingerprintItem>[] NewByAspect()
        {
            var lists = new List<FingerprintItem>[AspectCount];
            for (int i = 0; i < lists.Length; i++)
            {
                lists[i] = [];
            }

            return lists;
        }

        public static ItemLists Borrow()
        {
            if (t_free is { } free)
            {
                t_free = null;
                return free;
            }

            if (t_freeToo is { } other)
            {
                t_freeToo = null;
                return other;
            }

            return new ItemLists();
        }

        /// <summary>Empties the lists (no element or text kept alive) and keeps them for the thread's next fingerprint.</summary>
        public void GiveBack()
        {
            if (this == Released || WordOwners.Capacity > MaxKeptItems)
            {
                return;
            }

            foreach (var list in ByAspect)
            {
                if (list.Capacity > MaxKeptItems)
                {
                    return;
                }
            }

            foreach (var list in ByAspect)
            {
                list.Clear();
            }

            WordOwners.Clear();
            if (t_free is null)
            {
                t_free = this;
            }
            else
            {
                t_freeToo ??= this;
            }
        }
    }
}
