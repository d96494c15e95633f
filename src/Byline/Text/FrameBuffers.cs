using System.Runtime.CompilerServices;

namespace Byline.Text;

// Fixed-size scratch buffers that live in a method's frame, used where a hot method would otherwise stackalloc.
// A method that has both a stackalloc and a loop cannot start at tier 0 (on-stack replacement does not handle
// localloc), so the JIT compiles it fully optimized on its first call: 5 to 10 ms each for the larger scanners,
// paid in the first analysis of every new process. A struct local has no such restriction and is just as free.

/// <summary>64 chars in the caller's frame.</summary>
[InlineArray(64)]
internal struct CharBuffer64
{
    private char _element0;
}

/// <summary>160 chars in the caller's frame.</summary>
[InlineArray(160)]
internal struct CharBuffer160
{
    private char _element0;
}

/// <summary>Eight ints in the caller's frame.</summary>
[InlineArray(8)]
internal struct Int32Buffer8
{
    private int _element0;
}

/// <summary>Eight uints in the caller's frame.</summary>
[InlineArray(8)]
internal struct UInt32Buffer8
{
    private uint _element0;
}

/// <summary>64 uints in the caller's frame.</summary>
[InlineArray(64)]
internal struct UInt32Buffer64
{
    private uint _element0;
}

/// <summary>64 ushorts in the caller's frame.</summary>
[InlineArray(64)]
internal struct UInt16Buffer64
{
    private ushort _element0;
}

/// <summary>512 uints in the caller's frame.</summary>
[InlineArray(512)]
internal struct UInt32Buffer512
{
    private uint _element0;
}

/// <summary>64 ulongs in the caller's frame.</summary>
[InlineArray(64)]
internal struct UInt64Buffer64
{
    private ulong _element0;
}

/// <summary>128 ulongs in the caller's frame.</summary>
[InlineArray(128)]
internal struct UInt64Buffer128
{
    private ulong _element0;
}

/// <summary>512 ulongs in the caller's frame.</summary>
[InlineArray(512)]
internal struct UInt64Buffer512
{
    private ulong _element0;
}
