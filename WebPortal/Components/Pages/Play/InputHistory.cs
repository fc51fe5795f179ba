namespace Mud.WebPortal.Components.Pages.Play;

/// <summary>The lines typed in the web client, walked with the up and down keys as in a shell or a MUD client.</summary>
public sealed class InputHistory(int capacity = 100)
{
    private readonly List<string> _lines = [];
    private int _position;
    private string _draft = "";

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Remembers a sent line (not a repeat of the last one, not a blank) and goes back to the end.</summary>
    public void Add(string line)
    {
        if (line.Length > 0 && (_lines.Count == 0 || _lines[^1] != line))
        {
            _lines.Add(line);
            if (_lines.Count > capacity)
            {
                _lines.RemoveAt(0);
            }
        }

        _position = _lines.Count;
        _draft = "";
    }

    /// <summary>The line before, keeping what is being typed to come back to; the first line stays put.</summary>
    public string Previous(string current)
    {
        if (_position == _lines.Count)
        {
            _draft = current;
        }

        if (_position > 0)
        {
            _position--;
        }

        return _lines.Count == 0 ? current : _lines[_position];
    }

    /// <summary>The line after, or what was being typed once past the newest; at the end, <paramref name="current"/> stays.</summary>
    public string Next(string current)
    {
        if (_position >= _lines.Count)
        {
            return current;
        }

        _position++;
        return _position == _lines.Count ? _draft : _lines[_position];
    }
}
