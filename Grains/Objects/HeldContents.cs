namespace Mud.Objects;

/// <summary>The list a holder keeps of what it holds (see <see cref="IObjectHolderGrain"/>), in the order things came.</summary>
public static class HeldContents
{
    /// <summary>Adds the summary, or replaces the one with its id; whether the list changed.</summary>
    public static bool Put(List<ObjectSummary> contents, ObjectSummary content)
    {
        var index = contents.FindIndex(c => c.Id == content.Id);
        if (index >= 0 && contents[index] == content)
        {
            return false;
        }

        if (index >= 0)
        {
            contents[index] = content;
        }
        else
        {
            contents.Add(content);
        }

        return true;
    }
}
