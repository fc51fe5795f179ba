using System.Buffers;
using System.Text;
using Mud.Portal.Mssp;

namespace Mud.Portal.Telnet.Options;

/// <summary>Writes MSSP (option 70) answers: as a subnegotiation after DO MSSP, or as text for <c>MSSP-REQUEST</c>.</summary>
/// <remarks>See tintin.mudhalla.net/protocols/mssp. Control characters (the markers 01 and 02 among them, tabs
/// and line breaks) cannot appear in names or values; they are dropped here whatever their source.</remarks>
internal static class MsspOption
{
    /// <summary>The line a crawler without telnet types at the login screen.</summary>
    public const string PlainTextRequest = "MSSP-REQUEST";

    private const byte Var = 1;
    private const byte Val = 2;

    /// <summary><c>IAC SB MSSP (VAR name VAL value)... IAC SE</c>.</summary>
    public static void WriteSubnegotiation(IBufferWriter<byte> output, IReadOnlyList<MsspVariable> variables)
    {
        var payload = new ArrayBufferWriter<byte>(512);
        foreach (var variable in variables)
        {
            payload.Write([Var]);
            WriteClean(payload, variable.Name);
            payload.Write([Val]);
            WriteClean(payload, variable.Value);
        }

        TelnetWriter.WriteSubnegotiation(output, TelnetOption.Mssp, payload.WrittenSpan);
    }

    /// <summary><c>MSSP-REPLY-START</c>, a <c>NAME&lt;TAB&gt;value</c> line per variable, <c>MSSP-REPLY-END</c>.</summary>
    public static void WritePlainText(IBufferWriter<byte> output, IReadOnlyList<MsspVariable> variables, TelnetCharset charset)
    {
        TelnetWriter.WriteNewLine(output);
        TelnetWriter.WriteText(output, "MSSP-REPLY-START", charset);
        TelnetWriter.WriteNewLine(output);
        foreach (var variable in variables)
        {
            // WriteText would turn the tab into a space, so the name and value go separately around it.
            TelnetWriter.WriteText(output, Clean(variable.Name), charset);
            output.Write("\t"u8);
            TelnetWriter.WriteText(output, Clean(variable.Value), charset);
            TelnetWriter.WriteNewLine(output);
        }

        TelnetWriter.WriteText(output, "MSSP-REPLY-END", charset);
        TelnetWriter.WriteNewLine(output);
    }

    private static void WriteClean(IBufferWriter<byte> output, string text) => output.Write(Encoding.UTF8.GetBytes(Clean(text)));

    private static string Clean(string text) => text.Any(char.IsControl) ? new string([.. text.Where(c => !char.IsControl(c))]) : text;
}
