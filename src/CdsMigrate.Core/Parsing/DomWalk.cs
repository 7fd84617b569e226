using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// The nodes under a root in document order (the root excluded), as <c>Descendants()</c> gives them, without its
/// costs. Whole-document walks run two or three times per document (the index, then the fingerprints of both
/// pages): AngleSharp's walk is an iterator object per level, and <c>Descendants&lt;IElement&gt;()</c> adds an
/// interface cast per node, one of the largest costs of a verified run (issue 11, point 3). Here children are read
/// by index, and an element is found by a class test (<c>is Element</c>: a few pointer compares). The tree must not
/// change during the walk.
/// </summary>
internal struct DomWalk
{
    private (INodeList List, int Index)[] _stack;
    private int _depth;
    private INodeList _list;
    private int _index;
    private INode? _enter;

    public DomWalk(INode root)
    {
        _stack = [];
        _depth = 0;
        _list = root.ChildNodes;
        _index = 0;
        _enter = null;
    }

    /// <summary>The next node in document order, or null when the walk is over.</summary>
    public INode? NextNode()
    {
        if (_enter is { } parent)
        {
            // Into the children of the node returned last, before its following siblings.
            _enter = null;
            var children = parent.ChildNodes;
            if (children.Length > 0)
            {
                if (_depth == _stack.Length)
                {
                    Array.Resize(ref _stack, Math.Max(8, _depth * 2));
                }

                _stack[_depth++] = (_list, _index);
                _list = children;
                _index = 0;
            }
        }

        while (_index >= _list.Length)
        {
            if (_depth == 0)
            {
                return null;
            }

            (_list, _index) = _stack[--_depth];
        }

        var node = _list[_index++];
        _enter = node;
        return node;
    }

    /// <summary>The next element in document order, or null when the walk is over.</summary>
    public Element? NextElement()
    {
        while (NextNode() is { } node)
        {
            if (node is Element element)
            {
                return element;
            }
        }

        return null;
    }
}
