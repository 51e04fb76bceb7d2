package org.reskontro.simulator.dinero;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded Danish contacts: mostly companies with valid CVR numbers, some private persons without one, a few
 * EU companies invoiced in EUR, and a few suppliers that are no debtors.
 */
final class DemoContacts {

    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
    private static final String[] PLACES = {"Nordhavn", "Vestjysk", "Østerbro", "Fyns", "Limfjord", "Kattegat",
        "Skovhus", "Bakkegård", "Strandvej", "Møllegård", "Himmerland", "Amager", "Valby", "Aros", "Lillebælt",
        "Gudenå", "Sønderjysk", "Djurs", "Køge Bugt", "Hedeland", "Thy", "Mols", "Sydhavn", "Ådalen"};
    private static final String[] TRADES = {"Tømrer", "VVS", "El-service", "Rengøring", "Revision", "Bogføring",
        "Maskinstation", "Blomster", "Bageri", "IT", "Tandklinik", "Autoværksted", "Malerfirma", "Vognmand",
        "Arkitekter", "Catering", "Trykkeri", "Anlægsgartner", "Isolering", "Kloakservice", "Murer", "Ejendomme"};
    private static final String[] LEGAL_FORMS = {"ApS", "ApS", "ApS", "A/S", "IVS", "I/S"};
    private static final String[] FIRST_NAMES = {"Mette", "Anders", "Sofie", "Lars", "Camilla", "Henrik", "Louise",
        "Jesper", "Maria", "Rasmus", "Anne", "Peter", "Ida", "Søren", "Julie", "Mikkel", "Line", "Thomas", "Emma",
        "Niels", "Freja", "Jørgen", "Birgitte", "Kasper"};
    private static final String[] LAST_NAMES = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
        "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard"};
    private static final String[][] DANISH_TOWNS = {{"1050", "København K"}, {"2100", "København Ø"},
        {"2200", "København N"}, {"2300", "København S"}, {"2500", "Valby"}, {"2800", "Kongens Lyngby"},
        {"3000", "Helsingør"}, {"4000", "Roskilde"}, {"4600", "Køge"}, {"5000", "Odense C"}, {"5700", "Svendborg"},
        {"6000", "Kolding"}, {"6700", "Esbjerg"}, {"7100", "Vejle"}, {"7400", "Herning"}, {"8000", "Aarhus C"},
        {"8700", "Horsens"}, {"8900", "Randers C"}, {"9000", "Aalborg"}, {"9700", "Brønderslev"}};
    private static final String[] STREETS = {"Vestergade", "Østergade", "Nørregade", "Søndergade", "Algade",
        "Strandvejen", "Industrivej", "Hovedgaden", "Skovvej", "Kirkevej", "Møllevej", "Engvej", "Havnegade",
        "Banegårdsgade", "Ringvejen"};
    private static final String[][] EU_COMPANIES = {{"DE", "GmbH", "20095", "Hamburg"},
        {"DE", "GmbH", "24937", "Flensburg"}, {"DE", "GmbH", "10115", "Berlin"}, {"SE", "AB", "21120", "Malmö"},
        {"SE", "AB", "41101", "Göteborg"}};
    private static final String[] EU_NAMES = {"Nordsee Technik", "Müller Handel", "Schmidt Logistik", "Öresund Bygg",
        "Svensson Trä", "Hanse Maschinen", "Baltic Trading", "Kieler Werft"};

    private final SplittableRandom random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> cvrs = new HashSet<>();

    DemoContacts(SplittableRandom random) {
        this.random = random;
    }

    List<NewContact> generate(int count) {
        List<NewContact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double kind = i == 0 ? 0 : random.nextDouble();
            contacts.add(kind < 0.80 ? danishCompany(true) : kind < 0.84 ? euCompany() : kind < 0.97 ? person()
                    : danishCompany(false));
        }
        return contacts;
    }

    NewContact danishCompany(boolean debitor) {
        String name = unique(PLACES[random.nextInt(PLACES.length)] + " " + TRADES[random.nextInt(TRADES.length)]
                + " " + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)]);
        String[] town = DANISH_TOWNS[random.nextInt(DANISH_TOWNS.length)];
        int days = random.nextDouble() < 0.25 ? 8 : random.nextDouble() < 0.45 ? 14 : 30;
        return new NewContact(name, false, cvr(), street(), town[0], town[1], "DK", "info@" + slug(name) + ".dk",
                phone(), days, debitor, !debitor);
    }

    private NewContact euCompany() {
        String[] place = EU_COMPANIES[random.nextInt(EU_COMPANIES.length)];
        String name = unique(EU_NAMES[random.nextInt(EU_NAMES.length)] + " " + place[1]);
        String vat = "DE".equals(place[0]) ? "DE" + digits(9) : "SE" + digits(10) + "01";
        return new NewContact(name, false, vat, "Hafenstraße " + (1 + random.nextInt(90)), place[2], place[3],
                place[0], "office@" + slug(name) + "." + place[0].toLowerCase(Locale.ROOT), null, 30, true, false);
    }

    private NewContact person() {
        String name = unique(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                + LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
        String[] town = DANISH_TOWNS[random.nextInt(DANISH_TOWNS.length)];
        return new NewContact(name, true, null, street(), town[0], town[1], "DK",
                slug(name.replace(' ', '.')) + "@mail.dk", phone(), random.nextDouble() < 0.75 ? 8 : 14, true,
                false);
    }

    /** 8 digits, no leading zero, weighted sum (2,7,6,5,4,3,2,1) divisible by 11. */
    String cvr() {
        while (true) {
            int[] d = new int[8];
            d[0] = 1 + random.nextInt(9);
            int sum = d[0] * CVR_WEIGHTS[0];
            for (int i = 1; i < 7; i++) {
                d[i] = random.nextInt(10);
                sum += d[i] * CVR_WEIGHTS[i];
            }
            d[7] = (11 - sum % 11) % 11;
            StringBuilder cvr = new StringBuilder();
            for (int digit : d) {
                cvr.append(digit);
            }
            if (d[7] < 10 && cvrs.add(cvr.toString())) {
                return cvr.toString();
            }
        }
    }

    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private String street() {
        return STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120));
    }

    private String phone() {
        String digits = (2 + random.nextInt(8)) + digits(7);
        return "+45 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String slug(String name) {
        String ascii = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("ß", "ss");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9.]", "");
    }
}
