#if NETSTANDARD2_0
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

// The few .NET Core APIs the library uses that netstandard2.0 lacks, as C# 14 extension members with the same names and
// behaviour, so the code reads the same on both targets. Internal and compiled only for netstandard2.0.
#pragma warning disable CS1591
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }
}

namespace Tendinopathy.Rules
{
    internal static class FrameworkExtensions
    {
        extension(ArgumentNullException)
        {
            public static void ThrowIfNull(object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
            {
                if (argument is null) throw new ArgumentNullException(paramName);
            }
        }

        extension(ArgumentOutOfRangeException)
        {
            public static void ThrowIfNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            {
                if (value < 0) throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
            }

            public static void ThrowIfNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            {
                if (value < 0) throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
            }

            public static void ThrowIfNegativeOrZero(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            {
                if (value <= 0) throw new ArgumentOutOfRangeException(paramName, value, "The value must be positive.");
            }
        }

        extension(Enum)
        {
            public static TEnum[] GetValues<TEnum>() where TEnum : struct, Enum => (TEnum[])Enum.GetValues(typeof(TEnum));

            public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);
        }

        extension(Math)
        {
            public static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
        }

        extension(Convert)
        {
            public static string ToHexString(byte[] bytes, int offset, int length)
            {
                var sb = new StringBuilder(length * 2);
                for (var i = offset; i < offset + length; i++) sb.Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                return sb.ToString();
            }
        }

        extension(SHA256)
        {
            public static byte[] HashData(byte[] source)
            {
                using var sha = SHA256.Create();
                return sha.ComputeHash(source);
            }
        }

        public static HashSet<T> ToHashSet<T>(this IEnumerable<T> source, IEqualityComparer<T>? comparer = null) => new(source, comparer);

        public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
            if (dictionary.ContainsKey(key)) return false;
            dictionary.Add(key, value);
            return true;
        }

        public static TValue? GetValueOrDefault<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key)
            where TKey : notnull => dictionary.TryGetValue(key, out var value) ? value : default;

        public static StringBuilder AppendJoin<T>(this StringBuilder sb, char separator, IEnumerable<T> values) =>
            sb.Append(string.Join(separator.ToString(), values));

        public static StringBuilder AppendJoin<T>(this StringBuilder sb, string separator, IEnumerable<T> values) =>
            sb.Append(string.Join(separator, values));

        public static string Replace(this string text, string oldValue, string newValue, StringComparison comparison) =>
            comparison == StringComparison.Ordinal ? text.Replace(oldValue, newValue) : throw new NotSupportedException(comparison.ToString());

        public static bool Contains(this string text, string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

        public static bool Contains(this string text, char value) => text.IndexOf(value) >= 0;

        public static bool StartsWith(this string text, char value) => text.Length > 0 && text[0] == value;

        public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;

        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => source.OrderBy(x => x);

        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T> comparer) => source.OrderBy(x => x, comparer);

        public static string[] Split(this string text, char separator, StringSplitOptions options) => text.Split([separator], options);
    }
}
#pragma warning restore CS1591
#endif
