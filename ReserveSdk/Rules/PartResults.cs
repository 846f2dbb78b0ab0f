using System.Runtime.CompilerServices;

namespace ReserveSdk;

/// <summary>
/// Room on the stack for the results of a combination's parts (<see cref="Condition.AnyOf"/>,
/// <see cref="Condition.AllOf"/>): looking up the combination's kept answer needs no array per person.
/// </summary>
[InlineArray(Size)]
internal struct PartResults
{
    /// <summary>The most parts that fit; a combination of more uses an array.</summary>
    public const int Size = 8;

    private ConditionResult _first;
}
