using System.Net;
using System.Net.Sockets;
using Mud.Portal.Hosting;
using Mud.Portal.Telnet.Server;

namespace Mud.Tests.Portal.Hosting;

[Trait("Category", "Unit")]
public sealed class AcceptedSocketTests
{
    [Fact]
    public async Task AnAcceptedSocket_GetsTcpKeepAlive_SoAVanishedClientIsNoticed()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        using var accepted = await listener.AcceptAsync();

        ConnectionListener<TelnetConnection>.Prepare(accepted);

        Assert.NotEqual(0, (int)accepted.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive)!);
        Assert.Equal(60, (int)accepted.GetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime)!);
        Assert.True(accepted.NoDelay);
    }
}
