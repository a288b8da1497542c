# VCDR Article 19: charge d'affaires ad interim; member of the administrative
# and technical staff in charge of current administrative affairs.

rule vcdr.19.1 "Notification of the name of the chargé d'affaires ad interim"
  cites VCDR 19(1)
  text "The name of the chargé d'affaires ad interim shall be notified, either by the head of the mission or, in case he is unable to do so, by the Ministry for Foreign Affairs of the sending State to the Ministry for Foreign Affairs of the receiving State or such other ministry as may be agreed."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.role = charge_d_affaires_ad_interim
  violated when not some notification as n where (
         n.subject = a.subject and n.recipient = foreign_ministry and n.matter = charge_d_affaires_ad_interim)
  note "While he so acts, the charge d'affaires ad interim is the head of the mission for the Convention (e.g. his consent opens the premises, art. 22(1)): state him with head_of_mission: true."
end

rule vcdr.19.2 "A member of the administrative and technical staff in charge of current affairs only with the consent of the receiving State"
  cites VCDR 19(2)
  text "In cases where no member of the diplomatic staff of the mission is present in the receiving State, a member of the administrative and technical staff may, with the consent of the receiving State, be designated by the sending State to be in charge of the current administrative affairs of the mission."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.by = sending_state and a.role = in_charge_of_administrative_affairs
           and member_of_administrative_technical_staff(a.subject)
  violated when a.receiving_state_consent = false
  note "The designated member does not become a diplomatic agent; he keeps the status of the administrative and technical staff (art. 37(2))."
end
