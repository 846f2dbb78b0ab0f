namespace ReserveTui.Services.Safety;

/// <summary>How a deployment check stands: fine, worth a look, or broken.</summary>
internal enum DoctorStatus
{
    Ok,
    Warning,
    Failure,
}
