export const events = {
	"User Grant Consent": {
		name: "User Grant Consent",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Consent Source",
				type: "String",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "User Id",
				type: "Numeric",
			},
			{
				name: "User Joined At",
				type: "Numeric",
			},
			{
				name: "User Time In Server In Ms",
				type: "DateTime",
			},
		],
	},
	"Helpful Feedback Click": {
		name: "Helpful Feedback Click",
		properties: [
			{
				name: "feedback",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "Channel Invite Code",
				type: "String",
			},
			{
				name: "Channel Name",
				type: "String",
			},
			{
				name: "Channel Server Id",
				type: "Numeric",
			},
			{
				name: "Channel Type",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Message Author Id",
				type: "Numeric",
			},
			{
				name: "Message Id",
				type: "Numeric",
			},
			{
				name: "Number of Messages",
				type: "Numeric",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "Thread Archived Timestamp",
				type: "DateTime",
			},
			{
				name: "Thread Name",
				type: "String",
			},
			{
				name: "Thread Parent Id",
				type: "Numeric",
			},
			{
				name: "Thread Type",
				type: "Numeric",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	$identify: {
		name: "$identify",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$anon_distinct_id",
				type: "String",
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$session_recording_start_reason",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Community Page View": {
		name: "Community Page View",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "dclid",
				type: null,
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "gad_source",
				type: null,
			},
			{
				name: "gbraid",
				type: null,
			},
			{
				name: "gclid",
				type: "String",
			},
			{
				name: "gclsrc",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "igshid",
				type: null,
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "li_fat_id",
				type: null,
			},
			{
				name: "mc_cid",
				type: null,
			},
			{
				name: "msclkid",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "rdt_cid",
				type: null,
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "ttclid",
				type: null,
			},
			{
				name: "twclid",
				type: null,
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_content",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "wbraid",
				type: null,
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Asked Question": {
		name: "Asked Question",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Auto Thread Enabled",
				type: "Boolean",
			},
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "Channel Invite Code",
				type: "String",
			},
			{
				name: "Channel Name",
				type: "String",
			},
			{
				name: "Channel Server Id",
				type: "Numeric",
			},
			{
				name: "Channel Solution Tag Id",
				type: "Numeric",
			},
			{
				name: "Channel Type",
				type: "Numeric",
			},
			{
				name: "Forum Guidelines Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "Indexing Enabled",
				type: "Boolean",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Mark Solution Enabled",
				type: "Boolean",
			},
			{
				name: "Number of Messages",
				type: "Numeric",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Question Asker Id",
				type: "Numeric",
			},
			{
				name: "Question Asker Joined At",
				type: "Numeric",
			},
			{
				name: "Question Asker Time In Server In Ms",
				type: "DateTime",
			},
			{
				name: "Question Channel Id",
				type: "Numeric",
			},
			{
				name: "Question Content Length",
				type: "Numeric",
			},
			{
				name: "Question Created At",
				type: "Numeric",
			},
			{
				name: "Question Id",
				type: "Numeric",
			},
			{
				name: "Question Server Id",
				type: "Numeric",
			},
			{
				name: "Question Thread Id",
				type: "Numeric",
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "Send Mark Solution Instructions In New Threads Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "Thread Archived Timestamp",
				type: "DateTime",
			},
			{
				name: "Thread Id",
				type: "Numeric",
			},
			{
				name: "Thread Name",
				type: "String",
			},
			{
				name: "Thread Parent Id",
				type: "Numeric",
			},
			{
				name: "Thread Parent Name",
				type: "String",
			},
			{
				name: "Thread Parent Type",
				type: "Numeric",
			},
			{
				name: "Thread Type",
				type: "Numeric",
			},
		],
	},
	"Mark Solution Instructions Sent": {
		name: "Mark Solution Instructions Sent",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Auto Thread Enabled",
				type: "Boolean",
			},
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "Channel Invite Code",
				type: "String",
			},
			{
				name: "Channel Name",
				type: "String",
			},
			{
				name: "Channel Server Id",
				type: "Numeric",
			},
			{
				name: "Channel Solution Tag Id",
				type: "Numeric",
			},
			{
				name: "Channel Type",
				type: "Numeric",
			},
			{
				name: "Forum Guidelines Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "Indexing Enabled",
				type: "Boolean",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Mark Solution Enabled",
				type: "Boolean",
			},
			{
				name: "Number of Messages",
				type: "Numeric",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Question Asker Id",
				type: "Numeric",
			},
			{
				name: "Question Asker Joined At",
				type: "Numeric",
			},
			{
				name: "Question Asker Time In Server In Ms",
				type: "DateTime",
			},
			{
				name: "Question Channel Id",
				type: "Numeric",
			},
			{
				name: "Question Content Length",
				type: "Numeric",
			},
			{
				name: "Question Created At",
				type: "Numeric",
			},
			{
				name: "Question Id",
				type: "Numeric",
			},
			{
				name: "Question Server Id",
				type: "Numeric",
			},
			{
				name: "Question Thread Id",
				type: "Numeric",
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "Send Mark Solution Instructions In New Threads Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "Thread Archived Timestamp",
				type: "DateTime",
			},
			{
				name: "Thread Id",
				type: "Numeric",
			},
			{
				name: "Thread Name",
				type: "String",
			},
			{
				name: "Thread Parent Id",
				type: "Numeric",
			},
			{
				name: "Thread Parent Name",
				type: "String",
			},
			{
				name: "Thread Parent Type",
				type: "Numeric",
			},
			{
				name: "Thread Type",
				type: "Numeric",
			},
		],
	},
	$autocapture: {
		name: "$autocapture",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$ce_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "dclid",
				type: null,
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$elements",
				type: null,
			},
			{
				name: "$elements_chain",
				type: "String",
			},
			{
				name: "$el_text",
				type: "String",
			},
			{
				name: "$event_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$external_click_url",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "gad_source",
				type: null,
			},
			{
				name: "gbraid",
				type: null,
			},
			{
				name: "gclid",
				type: "String",
			},
			{
				name: "gclsrc",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "igshid",
				type: null,
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "li_fat_id",
				type: null,
			},
			{
				name: "mc_cid",
				type: null,
			},
			{
				name: "msclkid",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "rdt_cid",
				type: null,
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$session_recording_start_reason",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "ttclid",
				type: null,
			},
			{
				name: "twclid",
				type: null,
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_content",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "wbraid",
				type: null,
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Message Page View": {
		name: "Message Page View",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "Channel Invite Code",
				type: "String",
			},
			{
				name: "Channel Name",
				type: "String",
			},
			{
				name: "Channel Server Id",
				type: "Numeric",
			},
			{
				name: "Channel Type",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "dclid",
				type: null,
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "gad_source",
				type: null,
			},
			{
				name: "gbraid",
				type: null,
			},
			{
				name: "gclid",
				type: "String",
			},
			{
				name: "gclsrc",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "igshid",
				type: null,
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "li_fat_id",
				type: null,
			},
			{
				name: "mc_cid",
				type: null,
			},
			{
				name: "Message Author Id",
				type: "Numeric",
			},
			{
				name: "Message Id",
				type: "Numeric",
			},
			{
				name: "msclkid",
				type: "String",
			},
			{
				name: "Number of Messages",
				type: "Numeric",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "rdt_cid",
				type: null,
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "Solution Id",
				type: "Numeric",
			},
			{
				name: "Thread Archived Timestamp",
				type: "DateTime",
			},
			{
				name: "Thread Id",
				type: "Numeric",
			},
			{
				name: "Thread Name",
				type: "String",
			},
			{
				name: "Thread Parent Id",
				type: "Numeric",
			},
			{
				name: "Thread Type",
				type: "Numeric",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "ttclid",
				type: null,
			},
			{
				name: "twclid",
				type: null,
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_content",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "wbraid",
				type: null,
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	$pageview: {
		name: "$pageview",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "dclid",
				type: null,
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "gad_source",
				type: null,
			},
			{
				name: "gbraid",
				type: null,
			},
			{
				name: "gclid",
				type: "String",
			},
			{
				name: "gclsrc",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "igshid",
				type: null,
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "li_fat_id",
				type: null,
			},
			{
				name: "mc_cid",
				type: null,
			},
			{
				name: "msclkid",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$prev_pageview_duration",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_last_content",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_last_content_percentage",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_last_scroll",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_last_scroll_percentage",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_max_content",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_max_content_percentage",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_max_scroll",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_max_scroll_percentage",
				type: "Numeric",
			},
			{
				name: "$prev_pageview_pathname",
				type: "String",
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "rdt_cid",
				type: null,
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$session_recording_start_reason",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "title",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "ttclid",
				type: null,
			},
			{
				name: "twclid",
				type: null,
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_content",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "wbraid",
				type: null,
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Server Invite Click": {
		name: "Server Invite Click",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Button Location",
				type: "String",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "Channel Invite Code",
				type: "String",
			},
			{
				name: "Channel Name",
				type: "String",
			},
			{
				name: "Channel Server Id",
				type: "Numeric",
			},
			{
				name: "Channel Type",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "Invite Code",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Mark Solution Application Command Used": {
		name: "Mark Solution Application Command Used",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Status",
				type: "String",
			},
			{
				name: "User Id",
				type: "Numeric",
			},
			{
				name: "User Joined At",
				type: "Numeric",
			},
			{
				name: "User Time In Server In Ms",
				type: "DateTime",
			},
		],
	},
	"Dismiss Button Clicked": {
		name: "Dismiss Button Clicked",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Dismissed Message Type",
				type: "String",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Message Channel Id",
				type: "Numeric",
			},
			{
				name: "Message Content Length",
				type: "Numeric",
			},
			{
				name: "Message Created At",
				type: "Numeric",
			},
			{
				name: "Message Id",
				type: "Numeric",
			},
			{
				name: "Message Server Id",
				type: "Numeric",
			},
			{
				name: "Message Thread Id",
				type: "Numeric",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "User Id",
				type: "Numeric",
			},
			{
				name: "User Joined At",
				type: "Numeric",
			},
			{
				name: "User Time In Server In Ms",
				type: "DateTime",
			},
		],
	},
	"Solved Question": {
		name: "Solved Question",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Auto Thread Enabled",
				type: "Boolean",
			},
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "Channel Invite Code",
				type: "String",
			},
			{
				name: "Channel Name",
				type: "String",
			},
			{
				name: "Channel Server Id",
				type: "Numeric",
			},
			{
				name: "Channel Solution Tag Id",
				type: "Numeric",
			},
			{
				name: "Channel Type",
				type: "Numeric",
			},
			{
				name: "Forum Guidelines Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "Indexing Enabled",
				type: "Boolean",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Mark As Solver Id",
				type: "Numeric",
			},
			{
				name: "Mark As Solver Joined At",
				type: "Numeric",
			},
			{
				name: "Mark As Solver Time In Server In Ms",
				type: "DateTime",
			},
			{
				name: "Mark Solution Enabled",
				type: "Boolean",
			},
			{
				name: "Number of Messages",
				type: "Numeric",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Question Asker Id",
				type: "Numeric",
			},
			{
				name: "Question Asker Joined At",
				type: "Numeric",
			},
			{
				name: "Question Asker Time In Server In Ms",
				type: "DateTime",
			},
			{
				name: "Question Channel Id",
				type: "Numeric",
			},
			{
				name: "Question Content Length",
				type: "Numeric",
			},
			{
				name: "Question Created At",
				type: "Numeric",
			},
			{
				name: "Question Id",
				type: "Numeric",
			},
			{
				name: "Question Server Id",
				type: "Numeric",
			},
			{
				name: "Question Solver Id",
				type: "Numeric",
			},
			{
				name: "Question Solver Joined At",
				type: "Numeric",
			},
			{
				name: "Question Solver Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "Question Thread Id",
				type: "Numeric",
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "Send Mark Solution Instructions In New Threads Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "Solution Channel Id",
				type: "Numeric",
			},
			{
				name: "Solution Content Length",
				type: "Numeric",
			},
			{
				name: "Solution Created At",
				type: "Numeric",
			},
			{
				name: "Solution Id",
				type: "Numeric",
			},
			{
				name: "Solution Server Id",
				type: "Numeric",
			},
			{
				name: "Solution Thread Id",
				type: "Numeric",
			},
			{
				name: "Thread Archived Timestamp",
				type: "DateTime",
			},
			{
				name: "Thread Id",
				type: "Numeric",
			},
			{
				name: "Thread Name",
				type: "String",
			},
			{
				name: "Thread Parent Id",
				type: "Numeric",
			},
			{
				name: "Thread Parent Name",
				type: "String",
			},
			{
				name: "Thread Parent Type",
				type: "Numeric",
			},
			{
				name: "Thread Type",
				type: "Numeric",
			},
			{
				name: "Time To Solve In Ms",
				type: "Numeric",
			},
		],
	},
	"Join Answer Overflow From Message Result Page": {
		name: "Join Answer Overflow From Message Result Page",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	$rageclick: {
		name: "$rageclick",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$ce_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$elements",
				type: null,
			},
			{
				name: "$elements_chain",
				type: "String",
			},
			{
				name: "$el_text",
				type: "String",
			},
			{
				name: "$event_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$external_click_url",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"User Joined Server": {
		name: "User Joined Server",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "User Id",
				type: "Numeric",
			},
			{
				name: "User Joined At",
				type: "Numeric",
			},
			{
				name: "User Time In Server In Ms",
				type: "DateTime",
			},
		],
	},
	"Community Page Link Click": {
		name: "Community Page Link Click",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "Channel Invite Code",
				type: "String",
			},
			{
				name: "Channel Name",
				type: "String",
			},
			{
				name: "Channel Server Id",
				type: "Numeric",
			},
			{
				name: "Channel Type",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Link Location",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	$groupidentify: {
		name: "$groupidentify",
		properties: [
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
		],
	},
	"Server Join": {
		name: "Server Join",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
		],
	},
	"Onboarding Page View - waiting-to-be-added": {
		name: "Onboarding Page View - waiting-to-be-added",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "Page Name",
				type: "String",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$session_recording_start_reason",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	$create_alias: {
		name: "$create_alias",
		properties: [
			{
				name: "alias",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
		],
	},
	"Invite to Join Answer Overflow From Message Result Page": {
		name: "Invite to Join Answer Overflow From Message Result Page",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_language_prefix",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$configured_session_timeout_ms",
				type: "DateTime",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$dead_clicks_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$process_person_profile",
				type: "Boolean",
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$recording_status",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$replay_script_config",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "$timezone",
				type: "String",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Server Leave": {
		name: "Server Leave",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
		],
	},
	"View On Discord Click": {
		name: "View On Discord Click",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Channel Id",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Message Author Id",
				type: "Numeric",
			},
			{
				name: "Message Id",
				type: "Numeric",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "Solution Id",
				type: "Numeric",
			},
			{
				name: "Thread Id",
				type: "Numeric",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Quick Action Command Sent": {
		name: "Quick Action Command Sent",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "User Id",
				type: "Numeric",
			},
			{
				name: "User Joined At",
				type: "Numeric",
			},
			{
				name: "User Time In Server In Ms",
				type: "DateTime",
			},
		],
	},
	"Leaderboard Viewed": {
		name: "Leaderboard Viewed",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "User Id",
				type: "Numeric",
			},
			{
				name: "User Joined At",
				type: "Numeric",
			},
			{
				name: "User Time In Server In Ms",
				type: "DateTime",
			},
		],
	},
	"User Left Server": {
		name: "User Left Server",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "Bot Time In Server In Ms",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "Read the Rules Consent Enabled",
				type: "Boolean",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "User Id",
				type: "Numeric",
			},
			{
				name: "User Joined At",
				type: "Numeric",
			},
			{
				name: "User Time In Server In Ms",
				type: "DateTime",
			},
		],
	},
	Feedback: {
		name: "Feedback",
		properties: [
			{
				name: "feedback",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "area",
				type: "String",
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "email",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"survey dismissed": {
		name: "survey dismissed",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "sessionRecordingUrl",
				type: "String",
			},
			{
				name: "$survey_id",
				type: "String",
			},
			{
				name: "$survey_iteration",
				type: null,
			},
			{
				name: "$survey_iteration_start_date",
				type: null,
			},
			{
				name: "$survey_name",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	$feature_flag_called: {
		name: "$feature_flag_called",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature_flag_response",
				type: "String",
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_disable",
				type: "Boolean",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "locally_evaluated",
				type: "Boolean",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"survey shown": {
		name: "survey shown",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "sessionRecordingUrl",
				type: "String",
			},
			{
				name: "$survey_id",
				type: "String",
			},
			{
				name: "$survey_iteration",
				type: null,
			},
			{
				name: "$survey_iteration_start_date",
				type: null,
			},
			{
				name: "$survey_name",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"survey sent": {
		name: "survey sent",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "sessionRecordingUrl",
				type: "String",
			},
			{
				name: "$survey_id",
				type: "String",
			},
			{
				name: "$survey_iteration",
				type: null,
			},
			{
				name: "$survey_iteration_start_date",
				type: null,
			},
			{
				name: "$survey_name",
				type: "String",
			},
			{
				name: "$survey_questions",
				type: null,
			},
			{
				name: "$survey_response",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Pricing Feedback": {
		name: "Pricing Feedback",
		properties: [
			{
				name: "feedback",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "email",
				type: "String",
			},
			{
				name: "$exception_capture_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$exception_capture_endpoint_suffix",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$feature/survey-targeting-43e9b38b35-custom",
				type: "String",
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$web_vitals_allowed_metrics",
				type: null,
			},
			{
				name: "$web_vitals_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Onboarding Page View - final-checklist": {
		name: "Onboarding Page View - final-checklist",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Community Topic",
				type: "String",
			},
			{
				name: "Community Type",
				type: "String",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "Page Name",
				type: "String",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Onboarding Page View - enable-read-the-rules-consent": {
		name: "Onboarding Page View - enable-read-the-rules-consent",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Community Topic",
				type: "String",
			},
			{
				name: "Community Type",
				type: "String",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "Page Name",
				type: "String",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Onboarding Page View - enable-mark-solution": {
		name: "Onboarding Page View - enable-mark-solution",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Community Topic",
				type: "String",
			},
			{
				name: "Community Type",
				type: "String",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "Page Name",
				type: "String",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Onboarding Page View - what-topic": {
		name: "Onboarding Page View - what-topic",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "Page Name",
				type: "String",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Onboarding Page View - enable-indexing": {
		name: "Onboarding Page View - enable-indexing",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Community Topic",
				type: "String",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "Page Name",
				type: "String",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Onboarding Page View - what-type-of-community": {
		name: "Onboarding Page View - what-type-of-community",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature/enable-ads-on-post-page",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_accuracy_radius",
				type: "Numeric",
			},
			{
				name: "$geoip_city_confidence",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_confidence",
				type: null,
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_confidence",
				type: null,
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$initial_person_info",
				type: null,
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$is_identified",
				type: "Boolean",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_custom_api_host",
				type: "String",
			},
			{
				name: "$lib_rate_limit_remaining_tokens",
				type: "Numeric",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "Page Name",
				type: "String",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$raw_user_agent",
				type: "String",
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$replay_minimum_duration",
				type: null,
			},
			{
				name: "$replay_sample_rate",
				type: null,
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "Server Id",
				type: "Numeric",
			},
			{
				name: "Server Name",
				type: "String",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_canvas_recording",
				type: null,
			},
			{
				name: "$session_recording_network_payload_capture",
				type: null,
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	$pageleave: {
		name: "$pageleave",
		properties: [
			{
				name: "fbclid",
				type: "String",
			},
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "ph_keyword",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Getting Started Click": {
		name: "Getting Started Click",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Button Location",
				type: "String",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_campaign",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Sitemap Generated": {
		name: "Sitemap Generated",
		properties: [
			{
				name: "Answer Overflow Account Id",
				type: "Numeric",
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "Number of Communities",
				type: "Numeric",
			},
			{
				name: "Number of Entries",
				type: "Numeric",
			},
			{
				name: "Number of Questions",
				type: "Numeric",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
		],
	},
	"Join Waitlist Click": {
		name: "Join Waitlist Click",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Button Location",
				type: "String",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "utm_medium",
				type: "String",
			},
			{
				name: "utm_source",
				type: "String",
			},
			{
				name: "utm_term",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
	"Add To Server Click": {
		name: "Add To Server Click",
		properties: [
			{
				name: "$active_feature_flags",
				type: null,
			},
			{
				name: "$autocapture_disabled_server_side",
				type: "Boolean",
			},
			{
				name: "$browser",
				type: "String",
			},
			{
				name: "$browser_language",
				type: "String",
			},
			{
				name: "$browser_version",
				type: "Numeric",
			},
			{
				name: "Button Location",
				type: "String",
			},
			{
				name: "$console_log_recording_enabled_server_side",
				type: "Boolean",
			},
			{
				name: "$current_url",
				type: "String",
			},
			{
				name: "$device",
				type: "String",
			},
			{
				name: "$device_id",
				type: "String",
			},
			{
				name: "$device_type",
				type: "String",
			},
			{
				name: "$feature_flag_payloads",
				type: null,
			},
			{
				name: "$geoip_city_name",
				type: "String",
			},
			{
				name: "$geoip_continent_code",
				type: "String",
			},
			{
				name: "$geoip_continent_name",
				type: "String",
			},
			{
				name: "$geoip_country_code",
				type: "String",
			},
			{
				name: "$geoip_country_name",
				type: "String",
			},
			{
				name: "$geoip_latitude",
				type: "Numeric",
			},
			{
				name: "$geoip_longitude",
				type: "Numeric",
			},
			{
				name: "$geoip_postal_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_1_code",
				type: "String",
			},
			{
				name: "$geoip_subdivision_1_name",
				type: "String",
			},
			{
				name: "$geoip_subdivision_2_code",
				type: "Numeric",
			},
			{
				name: "$geoip_subdivision_2_name",
				type: "String",
			},
			{
				name: "$geoip_time_zone",
				type: "String",
			},
			{
				name: "$host",
				type: "String",
			},
			{
				name: "$insert_id",
				type: "String",
			},
			{
				name: "$ip",
				type: "String",
			},
			{
				name: "Is Server",
				type: "Boolean",
			},
			{
				name: "$lib",
				type: "String",
			},
			{
				name: "$lib_version",
				type: "String",
			},
			{
				name: "$os",
				type: "String",
			},
			{
				name: "$os_version",
				type: "Numeric",
			},
			{
				name: "$pageview_id",
				type: "String",
			},
			{
				name: "$pathname",
				type: "String",
			},
			{
				name: "$plugins_deferred",
				type: null,
			},
			{
				name: "$plugins_failed",
				type: null,
			},
			{
				name: "$plugins_succeeded",
				type: null,
			},
			{
				name: "$referrer",
				type: "String",
			},
			{
				name: "$referring_domain",
				type: "String",
			},
			{
				name: "$screen_height",
				type: "Numeric",
			},
			{
				name: "$screen_width",
				type: "Numeric",
			},
			{
				name: "$search_engine",
				type: "String",
			},
			{
				name: "$sent_at",
				type: "DateTime",
			},
			{
				name: "$session_id",
				type: "String",
			},
			{
				name: "$session_recording_recorder_version_server_side",
				type: "String",
			},
			{
				name: "$time",
				type: "DateTime",
			},
			{
				name: "token",
				type: "String",
			},
			{
				name: "$user_id",
				type: "String",
			},
			{
				name: "$viewport_height",
				type: "Numeric",
			},
			{
				name: "$viewport_width",
				type: "Numeric",
			},
			{
				name: "$window_id",
				type: "String",
			},
		],
	},
} as const;
export type PostHogEvents = typeof events;
