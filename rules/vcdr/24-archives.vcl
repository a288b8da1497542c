# VCDR Article 24: Inviolability of the archives and documents of the mission.

define archives_or_documents_of_mission(x) "Archives and documents of the mission"
  cites VCDR 24
  text "The archives and documents of the mission"
  means x.kind is known
        and (x.kind = mission_archives or (x.kind in {documents, official_correspondence} and x.mission is known))
  note "Documents count when stated as belonging to a mission (thing with `mission`)."
end

rule vcdr.24 "Archives and documents of the mission inviolable at any time and wherever they may be"
  cites VCDR 24
  text "The archives and documents of the mission shall be inviolable at any time and wherever they may be."
  duty on receiving_state
  owed to sending_state
  for each search or seizure as s
  applies when archives_or_documents_of_mission(s.subject)
  violated when agent_of_receiving_state(s)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "'At any time': also after diplomatic relations are broken off (art. 45(a)) and during armed conflict. 'Wherever they may be': on or off the premises, in the hands of a member of the mission or not. A seizure that reads or copies documents (read_or_copied) is a breach whether or not they are kept."
end
