using Mud.Settings;

namespace Mud.Mail;

/// <summary>What a letter may be: a subject and a body within the limits.</summary>
public static class MailRules
{
    /// <summary>Null when the letter may be sent, else the reason, to follow "Not sent: ".</summary>
    public static string? Problem(string subject, string body, MailOptions limits)
    {
        if (subject.Length == 0)
        {
            return "a letter needs a subject";
        }

        if (subject.Length > limits.MaxSubjectLength)
        {
            return $"the subject is too long (at most {limits.MaxSubjectLength} characters)";
        }

        if (body.Length == 0)
        {
            return "a letter needs a body";
        }

        return body.Length > limits.MaxBodyLength ? $"the body is too long (at most {limits.MaxBodyLength} characters)" : null;
    }

    /// <summary>The subject of a reply: "Re: " once, however long the thread, cut to fit.</summary>
    public static string ReplySubject(string subject, MailOptions limits)
    {
        var reply = subject.StartsWith("Re: ", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
        return reply.Length > limits.MaxSubjectLength ? reply[..limits.MaxSubjectLength] : reply;
    }
}
