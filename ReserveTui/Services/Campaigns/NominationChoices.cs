namespace ReserveTui.Services.Campaigns;

/// <summary>
/// What may be chosen when nominating into a campaign (提名): its tracks with the channels that may enter each, and the
/// people of its unit scope with their verdict for every track — who may be nominated, before anyone types a name.
/// </summary>
internal sealed record NominationChoices(IReadOnlyList<TrackChoice> Tracks, IReadOnlyList<Candidate> People);
