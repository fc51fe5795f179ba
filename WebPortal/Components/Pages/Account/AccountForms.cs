using System.ComponentModel.DataAnnotations;

namespace Mud.WebPortal.Components.Pages.Account;

// The account rules themselves (name letters, password length, taken names) are the game's and come back
// from the account grain with a message; these limits only keep absurd input from reaching it.

/// <summary>The log-in form.</summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = "Type your account name.")]
    [MaxLength(64, ErrorMessage = "That is far too long for an account name.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Type your password.")]
    [MaxLength(256, ErrorMessage = "That is far too long for a password.")]
    public string Password { get; set; } = "";
}

/// <summary>The registration form.</summary>
public sealed class RegisterForm
{
    [Required(ErrorMessage = "Choose an account name.")]
    [MaxLength(64, ErrorMessage = "That is far too long for an account name.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [MaxLength(256, ErrorMessage = "That is far too long for a password.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";
}
