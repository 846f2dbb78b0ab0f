using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>A person as kept in the database: a stable id and the facts.</summary>
internal sealed record StoredPerson(string Id, Person Person);
