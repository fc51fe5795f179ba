using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Mud.Accounts;
using Mud.Mail;

namespace Mud.Commands.Community;

internal sealed class MailCommand : Command<ISessionContext>
{
    private const string Usage = """
        Usage: |wmail|n, |wmail <to>[,<to>...] = <subject>/<body>|n, |wmail read <number>|n, |wmail delete <number>|n
        or |wmail reply <number> = <body>|n
        """;

    public override string Key => "mail";

    public override string Category => "Mail";

    public override string Summary => "Read and send letters to other players, online or not.";

    public override string Help => """
        |wmail|n                                 your letters, numbered; |y*|n marks the unread ones
        |wmail <to>[,<to>...] = <subject>/<body>|n  send a letter to players (account or character names)
        |wmail read <number>|n                   read a letter
        |wmail delete <number>|n                 delete a letter (the others are numbered again)
        |wmail reply <number> = <body>|n         answer a letter's sender

        Letters are kept for your account until you delete them. Players who are online are told when a letter
        arrives, the others when they next log in.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var mailbox = context.Grains.GetGrain<IMailboxGrain>(NameRules.KeyOf(context.Account!.Name));
        var (sub, rest) = SplitFirstWord(arguments);
        switch (sub.ToLowerInvariant())
        {
            case "" when arguments.Length == 0:
                context.Send(Inbox(await mailbox.ListAsync(), context.Mail.MaxMessages));
                return;
            case "read" when !rest.Contains('=', StringComparison.Ordinal):
                await ReadAsync(context, mailbox, rest);
                return;
            case "delete" when !rest.Contains('=', StringComparison.Ordinal):
                await DeleteAsync(context, mailbox, rest);
                return;
            case "reply":
                await ReplyAsync(context, rest);
                return;
        }

        var parts = arguments.Split('=', 2, StringSplitOptions.TrimEntries);
        var letter = parts.Length == 2 ? parts[1].Split('/', 2, StringSplitOptions.TrimEntries) : [];
        if (parts[0].Length == 0 || letter is not [var subject, var body])
        {
            context.Send(Usage);
            return;
        }

        await SendAsync(context, parts[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), subject, body);
    }

    private static async Task ReadAsync(ISessionContext context, IMailboxGrain mailbox, string number)
    {
        if (Number(number) is not { } n)
        {
            context.Send("Usage: |wmail read <number>|n");
            return;
        }

        if (await mailbox.ReadAsync(n) is not { } message)
        {
            context.Send($"You have no letter number {n}. Type |wmail|n to see them.");
            return;
        }

        context.Send($"""
            |wLetter {n}|n
            From:    {message.From}
            To:      {string.Join(", ", message.To)}
            Date:    {message.SentAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC
            Subject: {Text.Markup.Escape(message.Subject)}

            {Text.Markup.Escape(message.Body)}
            """);
    }

    private static async Task DeleteAsync(ISessionContext context, IMailboxGrain mailbox, string number)
    {
        if (Number(number) is not { } n)
        {
            context.Send("Usage: |wmail delete <number>|n");
            return;
        }

        context.Send(await mailbox.DeleteAsync(n) ? $"Letter {n} deleted." : $"You have no letter number {n}. Type |wmail|n to see them.");
    }

    private static async Task ReplyAsync(ISessionContext context, string arguments)
    {
        var parts = arguments.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts is not [var number, var body] || Number(number) is not { } n || body.Length == 0)
        {
            context.Send("Usage: |wmail reply <number> = <body>|n");
            return;
        }

        Tell(context, await context.Grains.GetGrain<IPostOfficeGrain>(0).ReplyAsync(NameRules.KeyOf(context.Account!.Name), n, body));
    }

    private static async Task SendAsync(ISessionContext context, string[] recipients, string subject, string body) =>
        Tell(context, await context.Grains.GetGrain<IPostOfficeGrain>(0).SendAsync(NameRules.KeyOf(context.Account!.Name), [.. recipients], subject, body));

    private static void Tell(ISessionContext context, MailReceipt receipt)
    {
        foreach (var line in receipt.Lines)
        {
            context.Send(line);
        }
    }

    private static string Inbox(ImmutableArray<MailMessage> letters, int capacity)
    {
        if (letters.IsEmpty)
        {
            return "You have no letters.";
        }

        var text = new StringBuilder($"Your letters ({letters.Length} of at most {capacity}; |y*|n: unread):");
        foreach (var (letter, index) in letters.Select((l, i) => (l, i + 1)))
        {
            var unread = letter.Read ? " " : "|y*|n";
            var date = letter.SentAt.UtcDateTime.ToString("MMM d", CultureInfo.InvariantCulture);
            text.Append($"\n {unread} |w{index,3}|n  {letter.From,-20} {date,-7} {Text.Markup.Escape(letter.Subject)}");
        }

        return text.ToString();
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static (string First, string Remainder) SplitFirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }
}
