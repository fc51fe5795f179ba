namespace Mud.Portal.Telnet;

/// <summary>How a connection's text is encoded, both ways: UTF-8 unless CHARSET (RFC 2066) settled on Latin-1.</summary>
public enum TelnetCharset
{
    Utf8,

    /// <summary>ISO-8859-1: one byte per character; characters beyond it are sent as <c>?</c>.</summary>
    Latin1,
}
