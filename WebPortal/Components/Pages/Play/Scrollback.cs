using Mud.WebPortal.Rendering;

namespace Mud.WebPortal.Components.Pages.Play;

/// <summary>What the output pane shows: the latest lines as HTML, oldest dropped past <see cref="Capacity"/>.</summary>
/// <remarks>Lives in the circuit (the browser tab) and nowhere else; the game state itself is never kept here.</remarks>
public sealed class Scrollback(int capacity = Scrollback.DefaultCapacity)
{
    public const int DefaultCapacity = 1000;
    private readonly LinkedList<OutputLine> _lines = new();
    private long _next;

    public int Capacity => capacity;

    public IEnumerable<OutputLine> Lines => _lines;

    public int Count => _lines.Count;

    /// <summary>Game output in markup.</summary>
    public void AddMarkup(string markup, OutputKind kind = OutputKind.Game) => Add(HtmlMarkupRenderer.ToHtml(markup), kind);

    /// <summary>What the player typed, echoed as plain text (the markup renderer encodes it like everything else).</summary>
    public void AddEcho(string line) => Add(HtmlMarkupRenderer.ToHtml(Text.Markup.Escape(line)), OutputKind.Echo);

    private void Add(string html, OutputKind kind)
    {
        _lines.AddLast(new OutputLine(++_next, html, kind));
        while (_lines.Count > capacity)
        {
            _lines.RemoveFirst();
        }
    }
}

/// <summary>One entry of the output pane, already HTML.</summary>
public sealed record OutputLine(long Id, string Html, OutputKind Kind);

public enum OutputKind
{
    Game,
    Echo,
    Notice,
}
