package org.reskontro.simulator.poweroffice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded Norwegian customers: mostly companies with valid organisation numbers, some private persons, a few
 * Swedish companies; about one in twelve with a restriction on its "Purringer" tab (no collection agency, no
 * reminders, no fees or interest, no automatic notifications), as creditors set them for their best customers.
 */
final class DemoCustomers {

    private static final int[] ORGNR_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final String[] PLACES = {"Fjord", "Vestland", "Trøndelag", "Lofoten", "Hardanger", "Sogn",
        "Telemark", "Romsdal", "Finnmark", "Helgeland", "Jæren", "Hadeland", "Valdres", "Gudbrandsdal", "Nordmøre",
        "Senja", "Ryfylke", "Setesdal", "Østfold", "Vesterålen", "Nidaros", "Oslofjord", "Mjøsa", "Varanger"};
    private static final String[] TRADES = {"Rør", "Elektro", "Bygg", "Regnskap", "Renhold", "Transport", "Maskin",
        "Blomster", "Bakeri", "IT", "Tannklinikk", "Bilverksted", "Maler", "Arkitekter", "Catering", "Trykkeri",
        "Anlegg", "Eiendom", "Snekker", "Sjømat", "Fiskeoppdrett", "Hytteservice", "Taktekking", "Brønnboring"};
    private static final String[] LEGAL_FORMS = {"AS", "AS", "AS", "AS", "ENK", "ANS", "DA", "SA"};
    private static final String[] FIRST_NAMES = {"Ola", "Kari", "Lars", "Ingrid", "Ole", "Anne", "Per", "Marit",
        "Jon", "Silje", "Knut", "Hilde", "Erik", "Nora", "Magnus", "Ida", "Sindre", "Ragnhild", "Håkon", "Solveig",
        "Tor", "Astrid", "Eirik", "Sigrid"};
    private static final String[] LAST_NAMES = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
        "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
        "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Lund", "Bakken"};
    private static final String[][] TOWNS = {{"0150", "Oslo"}, {"0484", "Oslo"}, {"5003", "Bergen"},
        {"7010", "Trondheim"}, {"4006", "Stavanger"}, {"9008", "Tromsø"}, {"4610", "Kristiansand"},
        {"3015", "Drammen"}, {"1606", "Fredrikstad"}, {"8006", "Bodø"}, {"6002", "Ålesund"}, {"2317", "Hamar"},
        {"2609", "Lillehammer"}, {"6413", "Molde"}, {"8514", "Narvik"}, {"9510", "Alta"}, {"3111", "Tønsberg"},
        {"3717", "Skien"}, {"2815", "Gjøvik"}, {"5501", "Haugesund"}, {"9600", "Hammerfest"}, {"8300", "Svolvær"}};
    private static final String[] STREETS = {"Storgata", "Kirkegata", "Strandgata", "Kongens gate",
        "Dronningens gate", "Industriveien", "Havnegata", "Skolegata", "Jernbanegata", "Fjordveien", "Sjøgata",
        "Bryggen", "Nedre Langgate", "Elvegata"};
    private static final String[][] SWEDISH = {{"21120", "Malmö"}, {"41101", "Göteborg"}, {"11120", "Stockholm"}};
    private static final String[] SWEDISH_NAMES = {"Öresund Bygg", "Svensson Trä", "Västkust Fisk", "Norrland Maskin"};

    private final SplittableRandom random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> organisationNumbers = new HashSet<>();

    DemoCustomers(SplittableRandom random) {
        this.random = random;
    }

    List<NewCustomer> generate(int count) {
        List<NewCustomer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double kind = i == 0 ? 0 : random.nextDouble();
            NewCustomer customer = kind < 0.80 ? company() : kind < 0.96 ? person() : swedishCompany();
            customers.add(customer.with(reminders()));
        }
        return customers;
    }

    NewCustomer company() {
        String name = unique(PLACES[random.nextInt(PLACES.length)] + " " + TRADES[random.nextInt(TRADES.length)]
                + " " + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)]);
        String[] town = TOWNS[random.nextInt(TOWNS.length)];
        int terms = random.nextDouble() < 0.6 ? 14 : random.nextDouble() < 0.75 ? 30 : 10;
        return new NewCustomer(name, null, null, organisationNumber(), "post@" + slug(name) + ".no", phone(), street(),
                town[0], town[1], "NO", terms, ReminderSettings.DEFAULTS);
    }

    private NewCustomer person() {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        unique(first + " " + last);
        String[] town = TOWNS[random.nextInt(TOWNS.length)];
        return new NewCustomer(null, first, last, null, slug(first) + "." + slug(last) + random.nextInt(10, 99)
                + "@epost.no", phone(), street(), town[0], town[1], "NO", 14, ReminderSettings.DEFAULTS);
    }

    private NewCustomer swedishCompany() {
        String[] town = SWEDISH[random.nextInt(SWEDISH.length)];
        String name = unique(SWEDISH_NAMES[random.nextInt(SWEDISH_NAMES.length)] + " AB");
        return new NewCustomer(name, null, null, null, "info@" + slug(name) + ".se", null,
                "Hamngatan " + (1 + random.nextInt(60)), town[0], town[1], "SE", 30, ReminderSettings.DEFAULTS);
    }

    private ReminderSettings reminders() {
        double draw = random.nextDouble();
        return draw < 0.04 ? ReminderSettings.DEFAULTS.withoutDebtCollection()
                : draw < 0.07 ? ReminderSettings.DEFAULTS.withoutReminders()
                : draw < 0.10 ? ReminderSettings.DEFAULTS.withoutFeesOrInterest()
                : ReminderSettings.DEFAULTS;
    }

    /** Nine digits starting 8 or 9, modulus 11 with weights 3,2,7,6,5,4,3,2 (Brønnøysundregistrene). */
    String organisationNumber() {
        while (true) {
            int[] d = new int[9];
            d[0] = 8 + random.nextInt(2);
            int sum = d[0] * ORGNR_WEIGHTS[0];
            for (int i = 1; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += d[i] * ORGNR_WEIGHTS[i];
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            d[8] = check == 11 ? 0 : check;
            StringBuilder number = new StringBuilder();
            for (int digit : d) {
                number.append(digit);
            }
            if (organisationNumbers.add(number.toString())) {
                return number.toString();
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
        return STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(90));
    }

    private String phone() {
        return (random.nextBoolean() ? "9" : "4") + (1_000_000 + random.nextInt(9_000_000));
    }

    private static String slug(String name) {
        String ascii = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]", "");
    }
}
