using System.Collections.Immutable;
using System.Text;

namespace Mud.Objects.Locks;

/// <summary>
/// Recursive descent over: <c>expr := term (or term)*</c>, <c>term := factor (and factor)*</c>,
/// <c>factor := not factor | ( expr ) | name ( args )</c>. Arguments are words separated by commas; an argument may
/// be several words (<c>holds(iron key)</c>).
/// </summary>
internal sealed class LockParser
{
    private const int MaxLength = 500;
    private readonly List<string> _tokens;
    private int _next;

    private LockParser(List<string> tokens) => _tokens = tokens;

    public static LockParse Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, "The lock is empty.");
        }

        if (text.Length > MaxLength)
        {
            return new(null, $"A lock may be at most {MaxLength} characters.");
        }

        try
        {
            var parser = new LockParser(Tokenize(text));
            var expression = parser.Expression(depth: 0);
            return parser._next < parser._tokens.Count
                ? new(null, $"Unexpected '{parser._tokens[parser._next]}' in the lock.")
                : new(expression, null);
        }
        catch (FormatException problem)
        {
            return new(null, problem.Message);
        }
    }

    private LockExpression Expression(int depth)
    {
        if (depth > 20)
        {
            throw new FormatException("The lock nests too deep.");
        }

        var left = Term(depth);
        while (Accept("or"))
        {
            left = new LockExpression.Or(left, Term(depth));
        }

        return left;
    }

    private LockExpression Term(int depth)
    {
        var left = Factor(depth);
        while (Accept("and"))
        {
            left = new LockExpression.And(left, Factor(depth));
        }

        return left;
    }

    private LockExpression Factor(int depth)
    {
        if (Accept("not"))
        {
            return new LockExpression.Not(Factor(depth + 1));
        }

        if (Accept("("))
        {
            var inner = Expression(depth + 1);
            Expect(")");
            return inner;
        }

        var name = Take("a lock function such as perm(Builder)");
        if (!LockFunction.All.TryGetValue(name, out var function))
        {
            throw new FormatException($"'{name}' is not a lock function. Known: {string.Join(", ", LockFunction.All.Keys.Order())}.");
        }

        Expect("(");
        var arguments = ImmutableArray.CreateBuilder<string>();
        if (!Accept(")"))
        {
            do
            {
                arguments.Add(TakeArgument());
            }
            while (Accept(","));
            Expect(")");
        }

        var args = arguments.ToImmutable();
        return function.Check(args) is { } problem
            ? throw new FormatException($"{function.Name}() {problem}: {function.Usage}.")
            : new LockExpression.Call(function, args);
    }

    private bool Accept(string token)
    {
        if (_next < _tokens.Count && _tokens[_next].Equals(token, StringComparison.OrdinalIgnoreCase))
        {
            _next++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException(_next < _tokens.Count ? $"Expected '{token}' but found '{_tokens[_next]}'." : $"Expected '{token}' at the end of the lock.");
        }
    }

    private string Take(string what)
    {
        if (_next >= _tokens.Count)
        {
            throw new FormatException($"Expected {what} at the end of the lock.");
        }

        var token = _tokens[_next++];
        return token is "(" or ")" or "," ? throw new FormatException($"Expected {what} but found '{token}'.") : token;
    }

    // An argument may be several words: holds(iron key).
    private string TakeArgument()
    {
        var words = new List<string> { Take("an argument") };
        while (_next < _tokens.Count && _tokens[_next] is not ("(" or ")" or ","))
        {
            words.Add(_tokens[_next++]);
        }

        return string.Join(' ', words);
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '(' or ')' or ',' || char.IsWhiteSpace(c))
            {
                Flush();
                if (!char.IsWhiteSpace(c))
                {
                    tokens.Add(c.ToString());
                }
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '#' or '\'')
            {
                word.Append(c);
            }
            else
            {
                throw new FormatException($"'{c}' cannot appear in a lock.");
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
