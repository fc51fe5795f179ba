namespace Mud; internal static class Placeholder { }
