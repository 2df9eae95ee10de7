package id.siagahumas.registry;

/**
 * What a unit's letters carry: the unit line of the letterhead under today's nomenclature, its address and
 * contacts, the head who signs, and the format of its letter numbers ({@code {nomor}}, {@code {bulan}},
 * {@code {tahun}}).
 */
public record UnitLetter(String unitCode, String letterheadName, String address, String phone, String email,
    String headTitle, String headName, String headNip, String numberFormat) {
}
