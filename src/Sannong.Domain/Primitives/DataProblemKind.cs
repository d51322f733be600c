namespace Sannong.Domain;

/// <summary>
/// What kind of rule a piece of recorded data breaks: the machine-readable half of a <see cref="DataProblem"/>,
/// so that a caller can count, filter or translate problems without parsing messages.
/// </summary>
/// <remarks>
/// <para>The numeric values are stable. <c>default(DataProblemKind)</c> (0) is not a defined kind.</para>
/// <para>The names are part of the output too: <see cref="DataProblem.ToString"/>, the message of a
/// <see cref="DataValidationException"/> and the command line print them, and docs/dataset-format.md lists them as the
/// kinds of the format. That is why a few of them name a rule of a layer above this one (an unknown topic, a
/// malformed division code, an unknown influencer, a refund or a reversal past what was given) rather than a general
/// one (an unknown reference, a balance exceeded): renaming them would change every printed problem of those kinds,
/// and the specific name says more than the general one would. They are names only: this enum refers to no type of
/// those layers, so the layers still depend downwards alone.</para>
/// </remarks>
public enum DataProblemKind
{
    /// <summary>A value has the wrong type or shape (for example text where a number belongs).</summary>
    WrongType = 1,

    /// <summary>A required value is missing.</summary>
    MissingField = 2,

    /// <summary>A value that the format does not define is present (a typo is never silently dropped).</summary>
    UnknownField = 3,

    /// <summary>A value breaks a rule of its own (empty text, a control character, a malformed code...).</summary>
    InvalidValue = 4,

    /// <summary>A count or an amount of money or impressions is negative where it may not be.</summary>
    Negative = 5,

    /// <summary>An amount of money has more than two decimals (finer than the fen).</summary>
    TooManyDecimals = 6,

    /// <summary>A value lies outside its allowed range (other than being negative).</summary>
    OutOfRange = 7,

    /// <summary>A period or stay ends before it starts.</summary>
    EndBeforeStart = 8,

    /// <summary>A topic code is not in the taxonomy.</summary>
    UnknownTopic = 9,

    /// <summary>An administrative division code or urban-rural code is malformed or unknown.</summary>
    MalformedDivisionCode = 10,

    /// <summary>An identifier that must be unique appears more than once.</summary>
    DuplicateId = 11,

    /// <summary>A record names an influencer that the data does not hold.</summary>
    UnknownInfluencer = 12,

    /// <summary>A cash refund exceeds what had been disbursed (to that beneficiary, or overall) by the end of its day.</summary>
    RefundExceedsDisbursed = 13,

    /// <summary>A traffic reversal exceeds what had been granted (to that beneficiary, or overall) by the end of its day.</summary>
    ReversalExceedsGranted = 14,

    /// <summary>A date lies outside the period it must fall in.</summary>
    OutsidePeriod = 15,

    /// <summary>The input exceeds a documented limit (size, depth, length).</summary>
    LimitExceeded = 16,

    /// <summary>A kind of record is given in more than one place: in two files of a dataset folder, or in a file and
    /// in the array of the folder's dataset.json. A kind of record lives in one place.</summary>
    DuplicateSource = 17,
}
