package de.podium.agenda.control.solver;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.podium.agenda.entity.TalkKind;
import de.podium.agenda.entity.TimeWindow;

/** Planning problems for tests: the demo conference's programme and a large generated one. */
final class Programmes {

    private Programmes() {
    }

    static final LocalDateTime DEMO_START = LocalDateTime.of(2016, 12, 16, 10, 0);
    static final LocalDateTime DEMO_END = LocalDateTime.of(2016, 12, 16, 16, 0);

    /** The seed's programme (DemoConference), every talk unplaced. */
    static AgendaPlan demo() {
        PlanBuilder builder = new PlanBuilder(DEMO_START, DEMO_END, 15);
        List<PlanRoom> rooms = List.of(new PlanRoom(1, "Plenarsaal", 250, List.of()), new PlanRoom(2, "Forum A", 60, List.of()),
                new PlanRoom(3, "Forum B", 60, List.of()), new PlanRoom(4, "Forum C", 60, List.of()));
        PlanContext context = new PlanContext(DEMO_START.toLocalDate(), DEMO_END.toLocalDate(), 1);
        List<PlanTalk> talks = new ArrayList<>();
        long sager = 1;
        long reuss = 2;
        long viventure = 3;
        talks.add(talk(builder, rooms, context, 1, "Eröffnung", TalkKind.OPENING, null, 20, 250, List.of(sager)));
        talks.add(talk(builder, rooms, context, 2, "Studie", TalkKind.KEYNOTE, null, 40, 250, List.of(viventure)));
        talks.add(talk(builder, rooms, context, 3, "Masterplan", TalkKind.TALK, "ZUSAMMENLEBEN", 30, 250, List.of(reuss)));
        talks.add(talk(builder, rooms, context, 4, "Mittagspause", TalkKind.BREAK, null, 60, null, List.of()));
        String[] forums = {"WOHNEN", "SPRACHE", "ARBEIT", "BILDUNG", "EHRENAMT", "ZUSAMMENLEBEN"};
        for (int i = 0; i < forums.length; i++) {
            talks.add(talk(builder, rooms, context, 5 + i, "Forum " + forums[i], TalkKind.PANEL, forums[i], 60, 50, List.of()));
        }
        talks.add(talk(builder, rooms, context, 11, "Ausblick", TalkKind.TALK, null, 30, 250, List.of(sager)));
        return new AgendaPlan(rooms, talks);
    }

    /** talks in rooms over two days (09:00–18:00) with speakers, a quarter of them only there on one day. */
    static AgendaPlan generated(int talkCount, int roomCount, int speakerCount, long seed) {
        LocalDateTime start = LocalDateTime.of(2027, 3, 10, 9, 0);
        LocalDateTime end = LocalDateTime.of(2027, 3, 11, 18, 0);
        PlanBuilder builder = new PlanBuilder(start, end, 15);
        int[] capacities = {300, 200, 150, 120, 100, 80, 60, 40};
        List<PlanRoom> rooms = new ArrayList<>();
        for (int r = 0; r < roomCount; r++) {
            rooms.add(new PlanRoom(r + 1, "Raum " + (r + 1), capacities[r % capacities.length], List.of()));
        }
        PlanContext context = new PlanContext(start.toLocalDate(), end.toLocalDate(), 1);
        List<List<TimeWindow>> windows = new ArrayList<>();
        for (int s = 0; s < speakerCount; s++) {
            windows.add(switch (s % 4) {
                case 0 -> List.of(new TimeWindow(start, start.with(LocalTime.of(18, 0))));
                case 1 -> List.of(new TimeWindow(end.with(LocalTime.of(9, 0)), end));
                case 2 -> List.of(new TimeWindow(start.with(LocalTime.of(10, 0)), start.with(LocalTime.of(16, 0))),
                        new TimeWindow(end.with(LocalTime.of(10, 0)), end.with(LocalTime.of(16, 0))));
                default -> List.of();
            });
        }
        Random random = new Random(seed);
        int[] durations = {30, 45, 30, 30, 45};
        String[] tracks = {"WOHNEN", "SPRACHE", "ARBEIT", "BILDUNG", "EHRENAMT", "ZUSAMMENLEBEN"};
        List<PlanTalk> talks = new ArrayList<>();
        for (int t = 0; t < talkCount; t++) {
            boolean keynote = t < 3;
            long speaker = t % speakerCount;
            PlanTalk talk = new PlanTalk(t + 1, "Beitrag " + (t + 1), keynote ? TalkKind.KEYNOTE : TalkKind.TALK,
                    tracks[t % tracks.length], durations[t % durations.length], keynote ? 250 : 20 + random.nextInt(70),
                    List.of(speaker + 1), List.of(windows.get((int) speaker)), builder.slots(rooms, durations[t % durations.length]),
                    context);
            talks.add(talk);
        }
        return new AgendaPlan(rooms, talks);
    }

    private static PlanTalk talk(PlanBuilder builder, List<PlanRoom> rooms, PlanContext context, long id, String title, TalkKind kind,
                                 String track, int minutes, Integer audience, List<Long> speakers) {
        return new PlanTalk(id, title, kind, track, minutes, audience, speakers,
                speakers.stream().map(s -> List.<TimeWindow>of()).toList(), builder.slots(rooms, minutes), context);
    }
}
